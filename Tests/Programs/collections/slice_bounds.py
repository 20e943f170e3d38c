# Slice bounds of every sign and size on str and list, clamped as CPython clamps them.
vals = [None, -10**20, -7, -5, -3, -1, 0, 1, 2, 3, 5, 7, 10**20]
steps = [None, -10**20, -3, -2, -1, 1, 2, 3, 10**20]
out = []
for n in range(6):
    s = "abcdef"[:n]
    l = list(range(n))
    for a in vals:
        for b in vals:
            for c in steps:
                out.append(s[a:b:c])
                out.append(str(l[a:b:c]))
print(len(out), hash(tuple(out)) if False else "|".join(out)[:200], sum(len(x) for x in out))
try:
    "abc"[::0]
except ValueError as e:
    print(e)
import sys
print("abc"[-sys.maxsize-1::-1], "abc"[:sys.maxsize:sys.maxsize], "abc"[::-sys.maxsize-1])

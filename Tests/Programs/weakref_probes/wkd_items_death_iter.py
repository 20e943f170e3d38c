# Entries dying during iteration of keys/values/items of a WeakKeyDictionary: no error, dead ones skipped
import weakref
class K:
    def __init__(self, n): self.n = n
keys = [K(i) for i in range(6)]
d = weakref.WeakKeyDictionary({k: k.n * 10 for k in keys})
out = []
for k, v in d.items():
    out.append((k.n, v))
    if k.n == 0:
        keys[3] = None
        keys[4] = None
    del k
print(sorted(out), len(d))
out = []
for v in d.values():
    out.append(v)
    if len(out) == 1:
        keys[5] = None
print(sorted(out), len(d))
out = []
it = iter(d.keys())
first = next(it)
out.append(first.n)
keys[first.n] = None
del first
for k in it:
    out.append(k.n)
print(sorted(out), len(d), sorted(k.n for k in d))

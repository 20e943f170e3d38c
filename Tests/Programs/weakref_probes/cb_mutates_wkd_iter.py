# A weakref callback that mutates a WeakKeyDictionary that is being iterated elsewhere
import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K%d" % self.n
keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary((k, k.n) for k in keys)
extra = K(99)
def cb(w):
    d[extra] = 99
victim = K(100)
d[victim] = 100
r = weakref.ref(victim, cb)
seen = []
try:
    for k in d:
        seen.append(k.n)
        if k.n == 1:
            del victim
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(seen))
print(sorted(k.n for k in d))

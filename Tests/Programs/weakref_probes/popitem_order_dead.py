# popitem order (LIFO) in weak dicts skips dead entries; WeakSet.pop skips dead elements
import weakref
class O:
    def __init__(self, n): self.n = n
objs = [O(i) for i in range(5)]
w = weakref.WeakValueDictionary()
for o in objs:
    w["k%d" % o.n] = o
k = weakref.WeakKeyDictionary((o, o.n) for o in objs)
s = weakref.WeakSet(objs)
del o
objs[4] = None
objs[3] = None
print(w.popitem()[0], len(w))
kk, vv = k.popitem()
print(kk.n, vv, len(k))
del kk
print(w.popitem()[0], len(w))
print(sorted(x.n for x in s), len(s))
s2 = weakref.WeakSet(x for x in objs if x is not None)
objs[0] = objs[1] = None
popped = s2.pop()
print(popped.n, len(s2), len(s))
objs[:] = []
print(len(w), len(k), len(s), len(s2))
try:
    w.popitem()
except KeyError as e:
    print("KeyError", e)
rest = list(k.items())
print(len(rest) <= 1)

# Weak dictionaries follow the Mapping protocol: not reversible, dict()/list()/sorted()/unpacking, ** and bool()
import weakref
class O:
    def __init__(self, n): self.n = n
objs = [O(i) for i in range(3)]
w = weakref.WeakValueDictionary(("k%d" % o.n, o) for o in objs)
d = weakref.WeakKeyDictionary((o, o.n) for o in objs)
e = weakref.WeakKeyDictionary()
print(bool(w), bool(d), bool(e), bool(weakref.WeakSet()), bool(weakref.WeakSet(objs)))
for obj in (w, d, weakref.WeakSet(objs)):
    try:
        reversed(obj)
        print(type(obj).__name__, "reversible")
    except TypeError as ex:
        print("TypeError", ex)
print(sorted(dict(w)), sorted(dict(d).values()))
def kw(**k): return sorted(k)
print(kw(**w))
print(sorted({**w}), len({**d}))
a, b, c = sorted(w)
print(a, b, c)
print(sorted(w.keys()) == sorted(dict(w).keys()), sorted(list(w.values()), key=lambda o: o.n)[0].n)
try:
    kw(**d)
except TypeError as ex:
    print("TypeError", ex)
print(max(w), min(d.values()), sum(d.values()))

# Weak containers with keys defining __eq__/__hash__: equal distinct objects share an entry; death of one drops it
import weakref
class K:
    def __init__(self, n, tag): self.n = n; self.tag = tag
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __hash__(self): return hash(self.n)
k1a, k1b, k2 = K(1, "a"), K(1, "b"), K(2, "c")
d = weakref.WeakKeyDictionary()
d[k1a] = "first"
d[k1b] = "second"
print(len(d), d[k1a], d[k1b], [k.tag for k in d])
del k1b
print(len(d), d.get(k1a))
del k1a
print(len(d))
s = weakref.WeakSet()
x, y = K(5, "x"), K(5, "y")
s.add(x); s.add(y)
print(len(s), [e.tag for e in s], y in s)
del y
print(len(s), x in s)
s2 = weakref.WeakSet([K(5, "z")])
print(len(s2))
w = weakref.WeakValueDictionary()
a, b = K(1, "a"), K(1, "b")
w[1] = a
w[1.0] = b
print(len(w), w[1].tag)

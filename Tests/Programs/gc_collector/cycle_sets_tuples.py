# Cycles running through sets, frozensets and tuples are found by the collector
import gc, weakref

class Item:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self is other

gc.collect()
# set -> instance -> set
s = set()
i = Item("in-set")
i.home = s
s.add(i)
r1 = weakref.ref(i)
del s, i

# tuple -> instance -> tuple
j = Item("in-tuple")
t = (j, 1, "x")
j.home = t
r2 = weakref.ref(j)
del j, t

# frozenset of an instance that refers back to the frozenset
k = Item("in-frozenset")
fs = frozenset([k])
k.home = fs
r3 = weakref.ref(k)
del k, fs

# tuple inside a list inside a set member
m = Item("deep")
m.box = [(m,)]
r4 = weakref.ref(m)
del m

# a set held by an instance which is held in a tuple stored in the set
n = Item("tuple-in-set")
n.s = {(n, 2)}
r5 = weakref.ref(n)
del n

refs = [r1, r2, r3, r4, r5]
print("before:", [r() is not None for r in refs])
print("collected something:", gc.collect() > 0)
print("after:", [r() is not None for r in refs])

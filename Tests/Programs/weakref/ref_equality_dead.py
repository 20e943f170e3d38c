# Once either referent is dead, refs compare by identity only
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  __eq__ called")
        return isinstance(other, V) and self.n == other.n
    __hash__ = object.__hash__

a = V(1)
b = V(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
ra2 = weakref.ref(a, lambda w: None)
print("alive ra == rb:", ra == rb)
print("alive ra == ra2:", ra == ra2)
del a
print("a dead: ra == rb:", ra == rb)
print("a dead: rb == ra:", rb == ra)
print("a dead: ra == ra:", ra == ra)
print("a dead: ra == ra2:", ra == ra2)
print("a dead: ra != ra2:", ra != ra2)
print("a dead: ra != ra:", ra != ra)
del b
print("both dead: ra == rb:", ra == rb)
print("both dead: rb == rb:", rb == rb)
print("dead ref == None:", ra == None)
print("dead ref list index:", [rb, ra].index(ra))

# Live refs compare equal when their referents do (via __eq__), whatever the callback
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  V.__eq__(%s, %s)" % (self.n, getattr(other, "n", type(other).__name__)))
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __hash__(self):
        return hash(self.n)

a = V(1)
b = V(1)
c = V(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("ra == rb:", ra == rb)
print("ra == rc:", ra == rc)
print("ra == ra:", ra == ra)
print("ra is rb:", ra is rb)
cb = weakref.ref(b, lambda w: None)
print("ra == callback ref to b:", ra == cb)

# comparing a ref with a non-ref object
print("ra == a:", ra == a)
print("ra == 1:", ra == 1)
print("ra == None:", ra == None)

# plain objects compare by identity via default __eq__
class P:
    pass
p, q = P(), P()
print("plain different:", weakref.ref(p) == weakref.ref(q))
print("plain same:", weakref.ref(p) == weakref.ref(p, lambda w: None))

# __eq__ returning a non-bool value
class Weird:
    def __eq__(self, other):
        return "weird-result"
    __hash__ = object.__hash__
w1, w2 = Weird(), Weird()
print("weird:", weakref.ref(w1) == weakref.ref(w2))

# refs in a list membership test
print("in list:", rb in [rc, ra])

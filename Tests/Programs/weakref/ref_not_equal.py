# != on refs mirrors == (referent __ne__ while alive, identity once dead)
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  __eq__", self.n, other.n)
        return self.n == other.n
    def __ne__(self, other):
        print("  __ne__", self.n, other.n)
        return self.n != other.n
    __hash__ = object.__hash__

a, b, c = V(1), V(1), V(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("ra != rb:", ra != rb)
print("ra != rc:", ra != rc)
print("ra != ra:", ra != ra)
print("ra != 5:", ra != 5)

class OnlyEq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("  OnlyEq.__eq__")
        return self.n == other.n
    __hash__ = object.__hash__
x, y = OnlyEq(3), OnlyEq(4)
print("only eq: rx != ry:", weakref.ref(x) != weakref.ref(y))
print("only eq: rx != rx2:", weakref.ref(x) != weakref.ref(x, lambda w: None))

del c
print("rc dead: ra != rc:", ra != rc)
print("rc dead: rc != rc:", rc != rc)

# Reflected operators: a proxy on the right-hand side forwards to the referent's __r*__ methods
import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o): return ("radd", o, self.v)
    def __rsub__(self, o): return ("rsub", o, self.v)
    def __rmul__(self, o): return ("rmul", o, self.v)
    def __rmatmul__(self, o): return ("rmatmul", o, self.v)
    def __rtruediv__(self, o): return ("rtruediv", o, self.v)
    def __rfloordiv__(self, o): return ("rfloordiv", o, self.v)
    def __rmod__(self, o): return ("rmod", o, self.v)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __rpow__(self, o, mod=None): return ("rpow", o, self.v, mod)
    def __rlshift__(self, o): return ("rlshift", o, self.v)
    def __rrshift__(self, o): return ("rrshift", o, self.v)
    def __rand__(self, o): return ("rand", o, self.v)
    def __ror__(self, o): return ("ror", o, self.v)
    def __rxor__(self, o): return ("rxor", o, self.v)

n = Num(3)
p = weakref.proxy(n)
print(1 + p)
print(2 - p)
print(3 * p)
print(4 @ p)
print(5 / p)
print(6 // p)
print(7 % p)
print(divmod(8, p))
print(9 ** p)
print(10 << p)
print(11 >> p)
print(12 & p)
print(13 | p)
print(14 ^ p)

# a proxy to a float on the right
class F(float):
    pass
f = F(4.0)
pf = weakref.proxy(f)
print("float reflected:", 1 + pf, 10 - pf, 2 * pf, 8 / pf, 9 // pf, 9 % pf, 2 ** pf)

# the left operand's method wins when it handles the proxy's type
class Left:
    def __add__(self, other):
        return "Left.__add__ got " + type(other).__name__
l = Left()
print(l + p)

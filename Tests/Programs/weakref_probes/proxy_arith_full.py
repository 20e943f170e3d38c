# Proxy forwarding of arithmetic, comparison, len, iter, bool, hash, containment
import weakref
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ("add", self.v, o if not isinstance(o, Num) else o.v)
    def __radd__(self, o): return ("radd", o, self.v)
    def __mul__(self, o): return ("mul", self.v, o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __matmul__(self, o): return ("matmul", o)
    def __truediv__(self, o): return self.v / o
    def __floordiv__(self, o): return self.v // o
    def __mod__(self, o): return self.v % o
    def __divmod__(self, o): return divmod(self.v, o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __lshift__(self, o): return self.v << o
    def __rshift__(self, o): return self.v >> o
    def __and__(self, o): return self.v & o
    def __or__(self, o): return self.v | o
    def __xor__(self, o): return self.v ^ o
    def __neg__(self): return -self.v
    def __pos__(self): return +self.v
    def __abs__(self): return abs(self.v)
    def __invert__(self): return ~self.v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __eq__(self, o): return self.v == o
    def __ne__(self, o): return self.v != o
    def __gt__(self, o): return self.v > o
    def __ge__(self, o): return self.v >= o
    def __len__(self): return self.v
    def __bool__(self): return self.v > 3
    def __iter__(self): return iter(range(self.v))
    def __contains__(self, x): return x == 2
    __hash__ = object.__hash__
n = Num(7)
p = weakref.proxy(n)
print(p + 1, 1 + p, p * 2, p @ 3, 3 @ p)
print(p / 2, p // 2, p % 4, divmod(p, 3), pow(p, 2), pow(p, 2, 5))
print(p << 1, p >> 1, p & 3, p | 8, p ^ 1)
print(-p, +p, abs(p), ~p, int(p), float(p), [0,1,2,3,4,5,6,7,8][p])
print(p < 8, p <= 7, p == 7, p != 7, p > 6, p >= 8)
print(len(p), list(p), bool(p), 2 in p, 3 in p, hex(p))
print(p + p)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
n.v = 2
print(bool(p), len(p), not p)

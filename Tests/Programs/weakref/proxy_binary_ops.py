# Every binary operator on a proxy is forwarded to the referent
import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __add__(self, o): return ("add", self.v, o)
    def __sub__(self, o): return ("sub", self.v, o)
    def __mul__(self, o): return ("mul", self.v, o)
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __truediv__(self, o): return ("truediv", self.v, o)
    def __floordiv__(self, o): return ("floordiv", self.v, o)
    def __mod__(self, o): return ("mod", self.v, o)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __pow__(self, o, mod=None): return ("pow", self.v, o, mod)
    def __lshift__(self, o): return ("lshift", self.v, o)
    def __rshift__(self, o): return ("rshift", self.v, o)
    def __and__(self, o): return ("and", self.v, o)
    def __or__(self, o): return ("or", self.v, o)
    def __xor__(self, o): return ("xor", self.v, o)

n = Num(5)
p = weakref.proxy(n)
print(p + 1)
print(p - 2)
print(p * 3)
print(p @ 4)
print(p / 5)
print(p // 6)
print(p % 7)
print(divmod(p, 8))
print(p ** 9)
print(pow(p, 2, 10))
print(p << 1)
print(p >> 2)
print(p & 3)
print(p | 4)
print(p ^ 5)

# the other operand may be a proxy too; it is unwrapped before the call
m = Num(7)
q = weakref.proxy(m)
res = p + q
print("proxy + proxy: op", res[0], res[1], "other is referent:", res[2] is m)

# proxies to builtin-like referents
class L(list):
    pass
lst = L([1, 2])
pl = weakref.proxy(lst)
print("list proxy + [3]:", pl + [3])
print("list proxy * 2:", pl * 2)
class F(float):
    pass
f = F(2.5)
pf = weakref.proxy(f)
print("float proxy:", pf + 1, pf * 2, pf / 2, pf // 1, pf % 2, pf ** 2, divmod(pf, 1))

# unsupported operation on the referent
class Empty:
    pass
e = Empty()
pe = weakref.proxy(e)
try:
    pe + 1
except TypeError as ex:
    print("TypeError:", ex)
try:
    pe @ pe
except TypeError as ex:
    print("TypeError:", ex)

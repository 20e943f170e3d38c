# In-place operators on a proxy call the referent's __i*__ and rebind the name to the result
import weakref

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o): self.v = ("iadd", self.v, o); return self
    def __isub__(self, o): self.v = ("isub", o); return self
    def __imul__(self, o): self.v = ("imul", o); return self
    def __imatmul__(self, o): self.v = ("imatmul", o); return self
    def __itruediv__(self, o): self.v = ("itruediv", o); return self
    def __ifloordiv__(self, o): self.v = ("ifloordiv", o); return self
    def __imod__(self, o): self.v = ("imod", o); return self
    def __ipow__(self, o): self.v = ("ipow", o); return self
    def __ilshift__(self, o): self.v = ("ilshift", o); return self
    def __irshift__(self, o): self.v = ("irshift", o); return self
    def __iand__(self, o): self.v = ("iand", o); return self
    def __ior__(self, o): self.v = ("ior", o); return self
    def __ixor__(self, o): self.v = ("ixor", o); return self

a = Acc(0)
p = weakref.proxy(a)
ops = []
p += 1; ops.append(a.v)
print("after += the name is rebound to the referent:", p is a, type(p).__name__)
p = weakref.proxy(a)
p -= 2; ops.append(a.v)
p = weakref.proxy(a)
p *= 3; ops.append(a.v)
p = weakref.proxy(a)
p @= 4; ops.append(a.v)
p = weakref.proxy(a)
p /= 5; ops.append(a.v)
p = weakref.proxy(a)
p //= 6; ops.append(a.v)
p = weakref.proxy(a)
p %= 7; ops.append(a.v)
p = weakref.proxy(a)
p **= 8; ops.append(a.v)
p = weakref.proxy(a)
p <<= 9; ops.append(a.v)
p = weakref.proxy(a)
p >>= 10; ops.append(a.v)
p = weakref.proxy(a)
p &= 11; ops.append(a.v)
p = weakref.proxy(a)
p |= 12; ops.append(a.v)
p = weakref.proxy(a)
p ^= 13; ops.append(a.v)
for op in ops:
    print(op)

# __iadd__ returning something else: the name gets that value
class Other:
    def __iadd__(self, o):
        return "replacement %s" % o
ob = Other()
q = weakref.proxy(ob)
q += 5
print("rebound to:", q)

# no __iadd__: falls back to __add__, referent unchanged
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
oa = OnlyAdd(10)
r = weakref.proxy(oa)
r += 5
print("fallback result type:", type(r).__name__, "value:", r.v, "original:", oa.v)

# list subclass: += extends in place
class L(list):
    pass
lst = L([1])
pl = weakref.proxy(lst)
pl += [2, 3]
print("list extended:", lst, "name is list:", pl is lst)
pl2 = weakref.proxy(lst)
pl2 *= 2
print("list repeated:", lst)

# float subclass: += makes a new float
class F(float):
    pass
f = F(1.5)
pf = weakref.proxy(f)
pf += 1
print("float result:", pf, type(pf).__name__, "original:", f)

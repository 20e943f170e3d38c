# Unary operators and numeric conversions on a proxy are forwarded
import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return ("neg", self.v)
    def __pos__(self): return ("pos", self.v)
    def __abs__(self): return ("abs", self.v)
    def __invert__(self): return ("invert", self.v)
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __round__(self, n=None): return ("round", n)
    def __bool__(self): return False

n = Num(7)
p = weakref.proxy(n)
print(-p)
print(+p)
print(abs(p))
print(~p)
print("int:", int(p))
print("float:", float(p))
print("index:", [10, 20, 30, 40][p])
print("bin:", bin(p), "oct:", oct(p))
print("range:", list(range(p)))
print("not p:", not p)
print("bool:", bool(p))

class F(float):
    pass
f = F(-2.5)
pf = weakref.proxy(f)
print("float proxy:", -pf, +pf, abs(pf), int(pf), float(pf))

class Empty:
    pass
e = Empty()
pe = weakref.proxy(e)
for label, fn in [("neg", lambda: -pe), ("invert", lambda: ~pe), ("abs", lambda: abs(pe)),
                  ("int", lambda: int(pe)), ("float", lambda: float(pe)),
                  ("index", lambda: [1][pe])]:
    try:
        print(label, fn())
    except TypeError as ex:
        print(label, "TypeError:", ex)

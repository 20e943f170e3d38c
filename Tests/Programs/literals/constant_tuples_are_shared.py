# A tuple display of constants is one constant of the code object, made when the code is
# compiled: each evaluation gives the same object, and equal displays in one code share it.
def f():
    return ("x",)


print(f() is f())


def g():
    return (1, 2, (3, "a"), None, -1, 2.5, ...)


print(g() is g(), g())


def h():
    a = (1, 2)
    b = (1, 2)
    c = (1.0, 2)
    return a is b, a is c, a == c


print(h())


class S:
    __slots__ = ("x", "y")


print(S.__slots__ is S.__dict__["__slots__"], S.__slots__)


def not_constant(v):
    return (v, 1)


print(not_constant(1) is not_constant(1), not_constant(1))
print(type((1,)).__name__)

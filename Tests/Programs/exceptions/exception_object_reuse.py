# Exceptions, traceback entries, super() objects and bound methods are recycled by the heap:
# a reused object must never carry anything over from its previous life.
import sys


class AppError(Exception):
    def __init__(self, code, msg="app"):
        super().__init__(msg)
        self.code = code


class Quiet(Exception):
    pass


def fail(i):
    if i % 2:
        raise AppError(i, "odd")
    raise Quiet(i)


seen = []
for i in range(6):
    try:
        fail(i)
    except Exception as e:
        seen.append((type(e).__name__, e.args, getattr(e, "code", None), e.__context__, e.__cause__,
                     e.__suppress_context__, e.__traceback__.tb_lineno))
for row in seen:
    print(row)


def chained(i):
    try:
        {}[i]
    except KeyError as k:
        if i % 2:
            raise ValueError(i) from k
        raise ValueError(i) from None


for i in range(4):
    try:
        chained(i)
    except ValueError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# A fresh exception after one with a suppressed context.
try:
    raise TypeError("plain")
except TypeError as e:
    print(repr(e), e.__cause__, e.__context__, e.__suppress_context__)

# Builtin exception classes constructed directly, with and without arguments.
for cls in (ValueError, KeyError, LookupError, Exception, ZeroDivisionError):
    for args in ((), (1,), ("a", 2)):
        e = cls(*args)
        print(cls.__name__, e.args, repr(e), str(e))
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError:", e)


class WithNew(ValueError):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.tag = "new"
        return obj


w = WithNew(3)
print(w.args, w.tag)


# Traceback entries keep their frame's locals alive until the exception goes.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holder():
    local = Tracked("local")
    raise RuntimeError("boom")


try:
    holder()
except RuntimeError as e:
    print("caught", e)
    saved = e
print("after except")
del saved
print("after del")

# Bound methods made again and again.
class C:
    def m(self):
        return self


c = C()
methods = [c.m for _ in range(5)]
print(all(m() is c for m in methods), len({id(m) for m in methods}) >= 1)
bound = c.m
del methods
print(bound.__self__ is c, bound.__func__ is C.m)
print(sys.getrefcount(c) >= 2)

# Slices are recycled too.
s = "abcdefgh"
pieces = [s[1:-1], s[::-1], s[::2], s[2:], s[:3], s[-3::-1]]
print(pieces, [slice(i, None, -1) for i in range(2)], slice(3) == slice(None, 3, None))
sl = slice(1, 5, 2)
print(sl.start, sl.stop, sl.step, sl.indices(3), list(range(10))[sl])

# Objects that can be weakly referenced: instances, classes, functions, methods, sets, modules...
import weakref
import sys

class C:
    def method(self):
        return "method result"

def func():
    return "func result"

def gen():
    yield 1

def check(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, "-> ok, alive:", r() is obj, "count:", weakref.getweakrefcount(obj))
    except TypeError as e:
        print(label, "-> TypeError:", e)

inst = C()
check("instance", inst)
check("class", C)
check("function", func)
lam = lambda x: x
check("lambda", lam)
bound = inst.method
check("bound method", bound)
check("builtin function len", len)
check("builtin method", [].append)
s = {1, 2}
check("set", s)
fs = frozenset([1, 2])
check("frozenset", fs)
g = gen()
check("generator", g)
check("module sys", sys)
check("module weakref", weakref)
class MyError(ValueError):
    pass
exc = MyError("boom")
check("exception subclass instance", exc)
check("builtin exception instance", ValueError("builtin"))
check("builtin type int", int)
check("builtin type object", object)
check("type", type)

# the referent is usable through the ref
print("function via ref:", weakref.ref(func)()())
print("set via ref:", sorted(weakref.ref(s)()))
print("module via ref:", weakref.ref(sys)().__name__)
print("exception via ref:", weakref.ref(exc)().args)
print("generator via ref:", next(weakref.ref(g)()))
print("len via ref:", weakref.ref(len)()([1, 2, 3]))
print("class via ref:", weakref.ref(C)().__name__)

# a bound method is a temporary: a ref to it dies at once
rm = weakref.ref(inst.method)
print("ref to temporary bound method:", rm())
print("ref to kept bound method:", weakref.ref(bound)() is bound)

# isinstance/issubclass with class-like objects (proxies to classes, objects with __bases__) follow CPython's __bases__ protocol
import weakref
class C: pass
class D(C): pass
pc = weakref.proxy(C)
pd = weakref.proxy(D)
print(isinstance(C(), pc), issubclass(pc, object), issubclass(pd, C), issubclass(D, pc), issubclass(pd, (int, C)))
class Fake:
    __bases__ = (C,)
print(issubclass(Fake(), C), isinstance(D(), (int, pc)))
for bad in [lambda: isinstance(1, 5), lambda: issubclass(5, int), lambda: issubclass(int, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

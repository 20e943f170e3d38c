# As in CPython, a class is in a reference cycle with its own descriptors, so it outlives its
# last name until the cycle collector runs.
import gc
import weakref

gc.collect()


class K:
    pass


r = weakref.ref(K, lambda x: print("K callback"))
del K
print("after del: alive =", r() is not None)
gc.collect()
print("after collect: alive =", r() is not None)

registry = weakref.WeakSet()


class Plugin:
    def __init_subclass__(cls):
        registry.add(cls)


def define():
    class Local(Plugin):
        pass
    return Local.__name__


print(define(), len(registry))
gc.collect()
print(len(registry))

d = weakref.WeakKeyDictionary()


class A:
    pass


d[A] = "a"
del A
print(len(d))
gc.collect()
print(len(d))


class Slotted:
    __slots__ = ("x",)


s = weakref.ref(Slotted)
del Slotted
print(s() is not None)
gc.collect()
print(s() is None)

# gc.collect() counts what a dead class leaves: the class, its __mro__ and __bases__ tuples,
# its dict when that holds anything the collector tracks, and the descriptors the class made
# for its instances' __dict__, __weakref__ and __slots__.
import gc

gc.collect()


class K:
    pass


del K
print("plain class", gc.collect())


class K2:
    def m(self):
        pass


k = K2()
del K2, k
print("class with a method and an instance", gc.collect())


class S:
    __slots__ = ("x",)


del S
print("slotted class", gc.collect())


class B:
    pass


class D(B):
    pass


del D
print("subclass", gc.collect())
# B survived a collection, so its __bases__ tuple of builtins was untracked then.
del B
print("base after surviving a collection", gc.collect())


def f():
    class Local:
        def __init__(self):
            self.a = 1

    return Local()


x = f()
print("instance keeps its class", gc.collect())
del x
print("local class", gc.collect())


class E(Exception):
    pass


del E
print("exception class", gc.collect())


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


del WithMeta, M
print("metaclass and its class", gc.collect())


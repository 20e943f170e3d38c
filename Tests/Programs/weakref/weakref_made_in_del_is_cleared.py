# A weak reference made inside __del__ (the object's first) dies with the object: it reads
# None afterwards, its callback runs, and weak containers and finalizers let go at once.
import weakref

saved = []
events = []


class L(list):
    def __del__(self):
        saved.append(weakref.ref(self))


L([1])
print(saved[0]() is None)


class G:
    def __del__(self):
        saved.append(weakref.ref(self, lambda r: events.append("callback")))


class Other:
    def __init__(self, i):
        self.i = i


g = G()
del g
others = [Other(i) for i in range(100)]
print(saved[-1]() is None, events)

ws = weakref.WeakSet()


class Joins:
    def __del__(self):
        ws.add(self)


Joins()
print(len(ws), list(ws))

finalizers = []


class Finalized:
    def __del__(self):
        finalizers.append(weakref.finalize(self, events.append, "finalized"))


Finalized()
print(finalizers[0].alive, events)


class Slotted:
    __slots__ = ("__weakref__", "x")

    def __del__(self):
        saved.append(weakref.ref(self))


Slotted()
print(saved[-1]() is None)


class AlreadyWatched:
    def __del__(self):
        saved.append(weakref.ref(self))


a = AlreadyWatched()
first = weakref.ref(a, lambda r: events.append("first"))
del a
print(first() is None, saved[-1]() is None, events)

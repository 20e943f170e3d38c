# A weakref released inside __del__ (before the weakrefs are cleared) never calls back
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "dropping", sorted(refs))
        refs.pop("dropped", None)

refs = {}
o = C("o")
refs["kept"] = weakref.ref(o, lambda w: print("callback of kept ref"))
refs["dropped"] = weakref.ref(o, lambda w: print("callback of dropped ref (never)"))
print("count:", weakref.getweakrefcount(o))
del o
print("left:", sorted(refs))

# a callback dropping a ref queued after it still lets that one run
class D:
    pass
d = D()
queue = {}
def first(w):
    print("first callback drops the second")
    queue.pop("second")
queue["second"] = weakref.ref(d, lambda w: print("second callback runs anyway"))
queue["first"] = weakref.ref(d, first)
del d
print("left:", sorted(queue))

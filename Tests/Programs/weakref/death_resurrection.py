# __del__ that resurrects the object keeps its weakrefs valid; __del__ never runs twice
import weakref

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "- resurrecting")
        graveyard.append(self)

def cb(w):
    print("callback fired, w() =", w())

ph = Phoenix("bird")
r = weakref.ref(ph)
rc = weakref.ref(ph, cb)
p = weakref.proxy(ph)
del ph
print("after del: r() alive:", r() is not None, "name via proxy:", p.name)
print("callback still set:", rc.__callback__ is cb)
print("r() is graveyard[0]:", r() is graveyard[0])
print("count:", weakref.getweakrefcount(graveyard[0]))
print("dropping the resurrected object")
graveyard.clear()
print("after second death: r() =", r(), "callback now", rc.__callback__)

# resurrect only once: the second time __del__ is not called again
class Once:
    calls = 0
    def __del__(self):
        Once.calls += 1
        print("Once.__del__ call", Once.calls)
        if Once.calls == 1:
            keep.append(self)
keep = []
x = Once()
rx = weakref.ref(x, lambda w: print("Once callback"))
del x
print("resurrected:", rx() is not None)
keep.pop()
print("final:", rx(), "calls:", Once.calls)

# a new weakref created inside __del__ of a resurrected object stays valid
late_refs = []
class Maker:
    def __del__(self):
        late_refs.append(weakref.ref(self, lambda w: print("late callback")))
        holder.append(self)
holder = []
m = Maker()
del m
print("late ref alive:", late_refs[0]() is holder[0])
holder.clear()
print("late ref after death:", late_refs[0]())

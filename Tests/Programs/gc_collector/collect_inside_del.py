# gc.collect() called from a __del__ or weakref callback on the refcount path (no collection running)
# really collects other garbage
import gc, weakref

class Cyclic:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("  cyclic __del__", self.name)

class Trigger:
    def __del__(self):
        print("Trigger.__del__ collecting")
        print("  found garbage:", gc.collect() > 0)
        print("  cycle gone:", watch() is None)

gc.collect()
c = Cyclic("one")
watch = weakref.ref(c)
del c
t = Trigger()
print("dropping trigger")
del t
print("after trigger")

# the same from a weakref callback
class Plain:
    pass
c = Cyclic("two")
watch = weakref.ref(c)
del c
def cb(w):
    print("callback collecting")
    print("  found garbage:", gc.collect() > 0)
    print("  cycle gone:", watch() is None)
p = Plain()
r = weakref.ref(p, cb)
del p
print("after callback")

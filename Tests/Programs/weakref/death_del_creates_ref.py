# A weakref created inside __del__ to a dying (not resurrected) object dies at once
import weakref

made = []

def late_cb(w):
    print("callback of ref made in __del__")

def early_cb(w):
    print("callback of ref made before death")

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "count before:", weakref.getweakrefcount(self))
        made.append(weakref.ref(self, late_cb))
        made.append(weakref.ref(self))
        print("  count after:", weakref.getweakrefcount(self))

o = C("o")
early = weakref.ref(o, early_cb)
del o
print("refs made in __del__ dead:", [r() for r in made])
print("early dead:", early())

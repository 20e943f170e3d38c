# A weakref created inside __del__ during a collection is a new, outside weakref: it dies (calling back) when the
# object is finally freed, or stays valid if the object was resurrected
import gc, weakref

made = []
saved = []
class Dying:
    def __del__(self):
        made.append(weakref.ref(self, lambda w: print("late callback, referent gone:", w() is None)))
        print("Dying.__del__ made a weakref, alive inside:", made[-1]() is self)

class Survivor:
    def __del__(self):
        made.append(weakref.ref(self))
        saved.append(self)
        print("Survivor.__del__ resurrects")

d = Dying(); d.me = d
del d
gc.collect()
print("after collect:", made[0]() is None)
made.clear()

s = Survivor(); s.me = s
old = weakref.ref(s)
del s
gc.collect()
print("old weakref dead:", old() is None, "new weakref alive:", made[0]() is saved[0])
saved.clear()
gc.collect()
print("after release:", made[0]() is None)

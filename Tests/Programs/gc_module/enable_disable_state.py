# gc.enable()/gc.disable()/gc.isenabled(): return values, idempotence, and explicit collection still working when disabled
import gc, weakref

print(gc.isenabled(), type(gc.isenabled()).__name__)
print(gc.disable(), gc.isenabled())
print(gc.disable(), gc.isenabled())
print(gc.enable(), gc.isenabled())
print(gc.enable(), gc.isenabled())

class Obj:
    pass
gc.disable()
o = Obj(); o.me = o
w = weakref.ref(o)
del o
print("explicit collect while disabled finds garbage:", gc.collect() > 0, w() is None)
print("still disabled:", gc.isenabled() is False)
gc.enable()
print("enabled again:", gc.isenabled())

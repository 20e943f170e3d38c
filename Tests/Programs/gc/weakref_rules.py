# Weak references in cyclic garbage: cleared before finalizers; only weakrefs outside
# the garbage call back, and they keep __callback__
import gc, weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        probe = getattr(self, "probe", None)
        print("del", self.name, "self-ref alive:", probe is not None and probe() is not None)

def cb(w):
    print("callback, referent gone:", w() is None)

x = C("x"); x.me = x
x.probe = weakref.ref(x)           # a weakref that is itself garbage: never calls back
outside = weakref.ref(x, cb)       # outside the garbage: calls back
inside = weakref.ref(x, lambda w: print("inside callback (never)"))
x.inside = inside
del x, inside
gc.collect()
print("outside dead:", outside() is None, "callback kept:", outside.__callback__ is cb)

# A weak container entry whose key is cyclic garbage vanishes
k = C("key"); k.me = k
wk = weakref.WeakKeyDictionary({k: 1})
del k
gc.collect()
print("wkd len:", len(wk))

# finalize on cyclic garbage fires
f_obj = C("fin"); f_obj.me = f_obj
fin = weakref.finalize(f_obj, print, "finalize fired")
del f_obj
gc.collect()
print("finalizer alive:", fin.alive)

# Refcount death: __del__ runs first (weakrefs still resolve), then weakrefs clear, then callbacks
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ of", self.name)
        print("  r() is self:", r() is self)
        print("  proxy attribute:", p.name)
        print("  count:", weakref.getweakrefcount(self))
        print("  callback still set:", rc.__callback__ is cb)

def cb(w):
    print("callback: w() is", w(), "; r() is", r())
    try:
        p.name
    except ReferenceError as e:
        print("callback: proxy dead:", e)
    print("callback: __callback__ now", w.__callback__)

o = C("obj")
r = weakref.ref(o)
p = weakref.proxy(o)
rc = weakref.ref(o, cb)
print("deleting")
del o
print("after del: r() =", r(), "rc.__callback__ =", rc.__callback__)

# attributes of the dying object are released only after the callbacks
class Child:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("child __del__", self.name)

class Parent:
    def __init__(self):
        self.child = Child("kid")
    def __del__(self):
        print("parent __del__, child:", self.child.name)

def parent_cb(w):
    kid = child_ref()
    print("parent callback: child alive:", kid is not None, kid.name if kid else None)

par = Parent()
child_ref = weakref.ref(par.child)
pr = weakref.ref(par, parent_cb)
print("deleting parent")
del par
print("child after parent death:", child_ref())

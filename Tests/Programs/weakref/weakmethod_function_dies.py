# A WeakMethod also dies when its function dies, even though the object lives on
import weakref

class C:
    def method(self):
        return "original"

def cb(w):
    print("callback: function gone, w() =", w())

c = C()
wm = weakref.WeakMethod(c.method, cb)
print("before:", wm()())
print("replacing C.method")
C.method = lambda self: "replacement"
print("after replacement:", wm())
print("object still fine:", c.method())
print("callback slot (object alive) still set:", wm.__callback__ is not None)

# a bound method built from a standalone function
def standalone(self):
    return "standalone on " + type(self).__name__
bm = standalone.__get__(c, C)
print("bound:", bm())
ws = weakref.WeakMethod(bm, cb)
del bm
print("still alive (function held by global):", ws()())
print("deleting the function")
del standalone
print("after del:", ws())

# the object dying after the function already died does not call back again
class D:
    def m(self):
        return "m"
d = D()
wd = weakref.WeakMethod(d.m, lambda w: print("D callback (once)"))
print("deleting D.m")
del D.m
print("deleting d")
del d
print("end")

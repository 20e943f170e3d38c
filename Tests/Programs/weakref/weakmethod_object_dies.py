# A WeakMethod dies when its object dies; its callback runs exactly once
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def method(self):
        return self.name
    def __del__(self):
        print("__del__", self.name)

def cb(w):
    print("callback: got WeakMethod:", type(w).__name__, "w() =", w())

c = C("obj")
wm = weakref.WeakMethod(c.method, cb)
print("internal callback stored:", wm.__callback__ is not None)
print("alive:", wm()())
bm = wm()
del c
print("bound method keeps object alive:", wm() is not None)
print("deleting the bound method")
del bm
print("after death:", wm())
print("dead again:", wm())

# no callback
d = C("d")
wd = weakref.WeakMethod(d.method)
d = None
print("no-callback WeakMethod dead:", wd())

# several WeakMethods to the same method, each callback once
e = C("e")
w1 = weakref.WeakMethod(e.method, lambda w: print("callback 1"))
w2 = weakref.WeakMethod(e.method, lambda w: print("callback 2"))
print("deleting e")
del e
print("end")

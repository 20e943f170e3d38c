# Several finalizers, weakref callbacks and __del__ on one object: __del__ first, then newest first
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

def report(tag):
    print("  finalizer", tag)

o = Obj("o")
weakref.finalize(o, report, 1)
r1 = weakref.ref(o, lambda r: print("  ref callback A"))
weakref.finalize(o, report, 2)
r2 = weakref.ref(o, lambda r: print("  ref callback B"))
weakref.finalize(o, report, 3)
print("del o:")
del o
print("after")
p = Obj("p")
fs = [weakref.finalize(p, report, "p%d" % i) for i in range(4)]
fs[1]()
fs[2].detach()
print("two of four gone; del p:")
del p
print("after:", [f.alive for f in fs])
print("finalizers on two objects dying together:")
pair = [Obj("first"), Obj("second")]
weakref.finalize(pair[0], report, "first")
weakref.finalize(pair[1], report, "second")
del pair
print("end")

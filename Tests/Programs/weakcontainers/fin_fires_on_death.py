# finalize fires at the exact moment its object dies: del, rebinding, function exit, container removal
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

def report(name):
    print("  finalized", name)

a = Obj("a")
fa = weakref.finalize(a, report, "a")
print("del a:")
del a
print("after; alive:", fa.alive)
x = Obj("x1")
weakref.finalize(x, report, "x1")
print("rebinding x:")
x = Obj("x2")
weakref.finalize(x, report, "x2")
print("after")

def scope(name):
    local = Obj(name)
    weakref.finalize(local, report, name)
    print("  returning from scope")

print("calling scope():")
scope("local")
print("after")
items = [Obj("i0"), Obj("i1"), Obj("i2")]
for o in items:
    weakref.finalize(o, report, o.name)
del o
print("items.pop(0):")
items.pop(0)
print("del items[:]:")
del items[:]
print("after")
print("temporary object:")
weakref.finalize(Obj("temp"), report, "temp")
print("after")
print("x = None:")
x = None
print("end")

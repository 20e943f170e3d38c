# finalize.detach(): returns (obj, func, args, kwargs) once and kills the finalizer; then None
import weakref

class Obj:
    def __repr__(self):
        return "Obj()"

def callback(x, y, z=0):
    print("  callback", x, y, z)
    return x + y + z

obj = Obj()
f = weakref.finalize(obj, callback, 1, 2, z=3)
result = f.detach()
print("type:", type(result).__name__, len(result))
newobj, func, args, kwargs = result
print("obj is obj:", newobj is obj, "func is callback:", func is callback, "args:", args, "kwargs:", kwargs)
print("alive:", f.alive, "second detach:", f.detach(), "call:", f())
print("calling by hand:", func(*args, **kwargs))
del newobj, result
print("del obj (nothing fires):")
del obj
print("after")
o2 = Obj()
g = weakref.finalize(o2, callback, 5, 6)
d = g.detach()
print("no kwargs gives an empty dict:", d[2], d[3], type(d[3]).__name__)
del d
o3 = Obj()
h = weakref.finalize(o3, callback, 7, 8)
del o3
print("detach after death:", h.detach(), h.alive)
o4 = Obj()
k = weakref.finalize(o4, callback, 9, 10)
k()
print("detach after a call:", k.detach())

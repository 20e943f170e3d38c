# finalize.__call__: returns func's result the first time, then None; the finalizer is dead afterwards
import weakref

class Obj:
    pass

calls = []

def callback(x, y, z):
    calls.append((x, y, z))
    print("  callback", x, y, z)
    return x + y + z

obj = Obj()
f = weakref.finalize(obj, callback, 1, 2, z=3)
print("alive:", f.alive)
print("first call:", f())
print("alive:", f.alive)
print("second call:", f())
print("third call:", f())
print("calls:", calls)
print("del obj (nothing printed):")
del obj
print("after del:", f.alive, f())
o2 = Obj()
g = weakref.finalize(o2, list)
print("returns a new list:", g(), g())
h = weakref.finalize(o2, dict, a=1)
print("dict with kwargs:", h())
k = weakref.finalize(o2, print)
print("print with no args returns:", k())
def returns_none():
    print("  returns_none ran")
n = weakref.finalize(o2, returns_none)
print("result:", n(), "alive:", n.alive)

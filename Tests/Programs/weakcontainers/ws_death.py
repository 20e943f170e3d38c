# WeakSet elements vanish at once when they die: del, rebinding, function exit, container removal
import weakref

class Elem:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "- still counted:", len(s))

def names():
    return sorted(e.name for e in s)

s = weakref.WeakSet()
a, b = Elem("a"), Elem("b")
s.add(a)
s.add(b)
print("start:", names())
print("del a:")
del a
print("after:", names())
print("rebinding b:")
b = Elem("b2")
s.add(b)
print("after:", names())

def scoped():
    local = Elem("local")
    s.add(local)
    print("  inside:", names())

print("calling scoped():")
scoped()
print("after:", names())
holder = {"k": Elem("in-dict")}
s.add(holder["k"])
print("dict entry deleted:")
del holder["k"]
print("after:", names())
print("b = None:")
b = None
print("end:", names(), len(s))

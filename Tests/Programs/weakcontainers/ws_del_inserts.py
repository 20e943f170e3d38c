# A __del__ that adds to the WeakSet containing its own object, outside and inside an iteration
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

class Dying:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "- itself still in s:", self in s, "len", len(s))
        s.add(heirs[self.name])
        print("  added heir; len", len(s))

def names():
    return sorted(e.name for e in s)

heirs = {"x": Elem("heir-x"), "y": Elem("heir-y")}
s = weakref.WeakSet()
x = Dying("x")
s.add(x)
print("del x:")
del x
print("after:", names())
y = Dying("y")
s.add(y)
print("y dies while the set is being iterated:")
try:
    for e in s:
        if y is not None and e is not y:
            y = None
            print("  y released")
except RuntimeError as err:
    print("  RuntimeError:", err)
del e
print("after:", names())

# A value's __del__ inserts into the WeakValueDictionary that holds it (runs before the entry is removed)
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

class Dying:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "- own key present:", self.name in d, "keys", list(d))
        d[self.name + "-heir"] = heirs[self.name]
        d[self.name] = heirs[self.name]
        print("  __del__ rebound", self.name, "to the heir")

heirs = {"x": Obj("heir-x"), "y": Obj("heir-y")}
d = weakref.WeakValueDictionary()
x = Dying("x")
d["x"] = x
print("del x:")
del x
print("after:", list(d.items()))
print("y dies while suspended in an iteration:")
y = Dying("y")
d["y"] = y
it = d.items()
print("  first:", next(it))
y = None
print("  y released (the d entry is what mattered)")
try:
    print("  rest:", list(it))
except RuntimeError as e:
    print("  RuntimeError:", e)
print("after:", list(d.items()))

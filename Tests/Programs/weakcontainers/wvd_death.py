# WeakValueDictionary entries vanish when the value dies: del, rebinding, list removal, __del__ timing
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"
    def __del__(self):
        print("  __del__", self.name, "- still in d:", self.name in d, "len", len(d))

d = weakref.WeakValueDictionary()
a = Obj("a")
d["a"] = a
print("del a:")
del a
print("after:", list(d), len(d))
x = Obj("x1")
d["x1"] = x
print("rebinding x:")
x = Obj("x2")
d["x2"] = x
print("after:", list(d))
items = [Obj("l0"), Obj("l1")]
d["l0"], d["l1"] = items
print("items.pop():")
items.pop()
print("after:", list(d))
print("items[0] = None:")
items[0] = None
print("after:", list(d))
box = {"v": Obj("boxed")}
d["boxed"] = box["v"]
print("box.clear():")
box.clear()
print("after:", list(d))
print("x = None:")
x = None
print("end:", list(d), len(d))

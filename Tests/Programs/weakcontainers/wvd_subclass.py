# Subclassing WeakValueDictionary: which operations go through an overridden __setitem__/__getitem__
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

class Logged(weakref.WeakValueDictionary):
    def __setitem__(self, key, value):
        print("  __setitem__", key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)

a, b = Obj("a"), Obj("b")
print("construct:")
d = Logged({"a": a}, k=b)
print("[]=:")
d["b"] = b
print("update:")
d.update(c=a)
print("setdefault:")
d.setdefault("s", a)
print("|=:")
d |= {"o": b}
print("copy:")
c = d.copy()
print("copy type:", type(c).__name__)
print("get:", d.get("a"))
print("[]:", d["a"])
print("| :")
r = d | {"z": a}
print("result type:", type(r).__name__)
print("dict(d):")
plain = dict(d)
print("keys:", sorted(plain))
print("values():", list(d.values()))
print("== dict:")
print(d == plain)

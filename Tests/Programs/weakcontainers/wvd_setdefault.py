# WeakValueDictionary.setdefault: existing, missing, dead entries, non-referenceable defaults
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b = Obj("a"), Obj("b")
d = weakref.WeakValueDictionary({"a": a})
print("existing:", d.setdefault("a", b))
print("missing:", d.setdefault("b", b), list(d.items()))
for dflt in (None, 5):
    try:
        print(d.setdefault("c", dflt))
    except TypeError as e:
        print("default", dflt, "TypeError:", e)
try:
    print(d.setdefault("c"))
except TypeError as e:
    print("no default TypeError:", e)
print("existing with a bad default:", d.setdefault("a", 7))
t = d.setdefault("t", Obj("temp"))
print("temporary default kept by the variable:", t, list(d.items()))
del t
print("after del t:", list(d.items()))
print("temporary default returned:", d.setdefault("u", Obj("u")), list(d.items()))
del a
print("after a died:", list(d.items()))
c = Obj("c")
print("setdefault on a dead key:", d.setdefault("a", c), list(d.items()))
try:
    d.setdefault([1], c)
except TypeError as e:
    print("list key TypeError:", e)

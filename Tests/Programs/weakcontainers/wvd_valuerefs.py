# WeakValueDictionary.valuerefs()/itervaluerefs(): KeyedRef objects with .key, outliving their values
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary([("ka", a), ("kb", b), (3, c)])
refs = d.valuerefs()
print("type:", type(refs).__name__, len(refs))
print("ref type:", type(refs[0]).__name__, isinstance(refs[0], weakref.ref), isinstance(refs[0], weakref.KeyedRef))
print("keys:", [r.key for r in refs])
print("referents:", [r() for r in refs])
print("callback set:", [r.__callback__ is not None for r in refs])
print("equal to plain refs:", refs[0] == weakref.ref(a), refs[0] == weakref.ref(b))
print("hash like the value:", hash(refs[1]) == hash(b))
try:
    refs[0].other = 1
except AttributeError as e:
    print("AttributeError:", e)
del b
print("after b died:", [r() for r in refs], "keys:", [r.key for r in refs], len(d))
print("fresh valuerefs:", [(r.key, r()) for r in d.valuerefs()])
it = d.itervaluerefs()
print("itervaluerefs:", type(it).__name__, [(r.key, r()) for r in it])
print("has keyrefs?", hasattr(d, "keyrefs"), "iterkeyrefs?", hasattr(d, "iterkeyrefs"))
kr = weakref.KeyedRef(a, None, "mykey")
print("KeyedRef made by hand:", kr.key, kr() is a, kr.__callback__)

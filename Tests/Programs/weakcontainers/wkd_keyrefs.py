# WeakKeyDictionary.keyrefs(): a snapshot list of weak references that outlive their keys
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2, c: 3})
refs = d.keyrefs()
print("type:", type(refs).__name__, len(refs))
print("referents:", [r() for r in refs])
print("element type:", type(refs[0]).__name__, isinstance(refs[0], weakref.ref))
print("refs hash like their keys:", [hash(r) == hash(k) for r, k in zip(refs, (a, b, c))])
print("ref equals ref(key):", refs[0] == weakref.ref(a), refs[0] == weakref.ref(b))
print("refs carry the removal callback:", refs[0].__callback__ is not None)
print("iterkeyrefs exists:", hasattr(d, "iterkeyrefs"))
del b
print("after del b:", [r() for r in refs], len(d))
print("dead ref callback:", refs[1].__callback__)
d[Key("x")] = 9
print("snapshot unchanged:", len(refs), "fresh:", [r() for r in d.keyrefs()])
del d[a]
print("keyrefs after del d[a]:", [r() for r in d.keyrefs()], "old ref still works:", refs[0]())
d.clear()
print("after clear:", d.keyrefs(), [r() for r in refs])

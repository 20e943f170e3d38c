# WeakValueDictionary keys()/values()/items()/iter(): generators (no len), `in` consumes, dead values skipped
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary({"a": a, "b": b, "c": c})
for name in ("keys", "values", "items", "itervaluerefs"):
    view = getattr(d, name)()
    print(name, "type:", type(view).__name__)
    try:
        len(view)
    except TypeError as e:
        print(name, "len TypeError:", e)
    first = next(view)
    print(name, "first:", first if name != "itervaluerefs" else first())
    print(name, "rest:", len(list(view)), "then:", list(view))
print("iter(d):", type(iter(d)).__name__, list(iter(d)))
keys = d.keys()
print("'b' in keys:", "b" in keys, "rest:", list(keys))
print("b in values:", b in d.values(), Obj("b") in d.values())
print("('c', c) in items:", ("c", c) in d.items())
print("sorted keys:", sorted(d, reverse=True))
print("dict(d):", dict(d) == {"a": a, "b": b, "c": c})
del b
print("after b died:", list(d.keys()), list(d.values()), list(d.items()))
print("value refs after death:", [r() for r in d.itervaluerefs()])

# WeakKeyDictionary keys()/values()/items() and iter(): they are generators (no len), `in` consumes them
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2, c: 3})
for name in ("keys", "values", "items"):
    view = getattr(d, name)()
    print(name, "type:", type(view).__name__)
    try:
        len(view)
    except TypeError as e:
        print(name, "len TypeError:", e)
    print(name, "iter is itself:", iter(view) is view)
    print(name, "list:", list(view))
    print(name, "second pass:", list(view))
print("iter(d) type:", type(iter(d)).__name__, list(iter(d)))
keys = d.keys()
print("b in keys:", b in keys)
print("rest after the search:", list(keys))
print("a in fresh keys:", a in d.keys())
print("2 in values:", 2 in d.values(), "7 in values:", 7 in d.values())
print("(c, 3) in items:", (c, 3) in d.items(), "(c, 4) in items:", (c, 4) in d.items())
print("sorted values:", sorted(d.values(), reverse=True))
print("dict(d.items()) == {a: 1, b: 2, c: 3}:", dict(d.items()) == {a: 1, b: 2, c: 3})
print("dict(d) works via keys and []:", dict(d) == {a: 1, b: 2, c: 3})
it = d.items()
print("next:", next(it), next(it))
del d[c]
print("deleted c with the iterator suspended")
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
print("after the error:", list(d.items()))

# WeakValueDictionary.copy / __copy__: independent tables sharing the values; entries die in every copy
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

class Cache(weakref.WeakValueDictionary):
    pass

a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary(a=a, b=b)
e = d.copy()
f = d.__copy__()
print("types:", type(e).__name__, type(f).__name__, e is d)
print("copy:", list(e.items()), "values identical:", e["a"] is d["a"])
e["c"] = c
del d["a"]
print("d:", list(d.items()), "e:", list(e.items()), "f:", list(f.items()))
del b
print("after b died: d", list(d), "e", list(e), "f", list(f))
cache = Cache(c=c)
print("subclass copy:", type(cache).__name__, "->", type(cache.copy()).__name__)
g = weakref.WeakValueDictionary(t=Obj("temp"), a=a)
print("copy skips dead entries:", list(g.copy().items()))

# WeakValueDictionary: one value under several keys; all its entries vanish together
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

shared = Obj("shared")
other = Obj("other")
d = weakref.WeakValueDictionary()
for key in ("a", "b", 1, (2, 3)):
    d[key] = shared
d["o"] = other
print("entries:", list(d.items()))
refs = d.valuerefs()
print("distinct KeyedRefs per key:", len(refs), [r.key for r in refs])
print("refs equal each other:", refs[0] == refs[1], refs[0] is refs[1])
print("del shared:")
del shared
print("left:", list(d.items()), len(d))
e1 = weakref.WeakValueDictionary(x=other)
e2 = weakref.WeakValueDictionary(y=other)
print("two dicts share a value:", list(e1), list(e2), list(d))
other = None
print("all gone:", len(d), len(e1), len(e2))

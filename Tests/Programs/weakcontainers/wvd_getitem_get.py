# WeakValueDictionary lookup: d[k], get with and without default, KeyError and TypeError messages
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b = Obj("a"), Obj("b")
d = weakref.WeakValueDictionary({"a": a, 2: b, (1, 2): a})
print("d['a']:", d["a"], d["a"] is a)
print("d[2]:", d[2], "d[2.0]:", d[2.0], "d[(1, 2)]:", d[(1, 2)])
print("get:", d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.get(2, "dflt"))
for key in ("zz", 5, (1, 3), None):
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e))
for key in ([1], {}, {1}):
    try:
        d[key]
    except TypeError as e:
        print("[] TypeError:", e)
    try:
        d.get(key)
    except TypeError as e:
        print("get TypeError:", e)
    try:
        print(key in d)
    except TypeError as e:
        print("in TypeError:", e)
del b
print("after b died:", d.get(2), d.get(2, "gone"), 2 in d)
try:
    d[2]
except KeyError as e:
    print("KeyError after death:", e)

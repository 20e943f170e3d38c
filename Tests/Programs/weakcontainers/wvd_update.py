# WeakValueDictionary.update with a dict, pairs, keywords, both, another weak dict, None, bad input; |=
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b, c, e = Obj("a"), Obj("b"), Obj("c"), Obj("e")
d = weakref.WeakValueDictionary()
d.update({1: a})
print("dict:", list(d.items()))
d.update([(2, b), (1, c)])
print("pairs:", list(d.items()))
d.update(x=a, y=b)
print("keywords:", list(d.items()))
d.update({"z": e}, x=e)
print("dict and keywords:", list(d.items()))
d.update(weakref.WeakValueDictionary(w=c))
print("weak dict:", list(d.items()))
d.update(None)
d.update()
print("None and nothing:", len(d))
for label, args, kwargs in [("int", (4,), {}), ("int value", ({"k": 1},), {}),
                            ("keyword int value", (), {"k": 2}), ("bad pair", ([(1, 2, 3)],), {})]:
    try:
        d.update(*args, **kwargs)
        print(label, "ok")
    except (TypeError, ValueError) as err:
        print(label, type(err).__name__ + ":", err)
print("after failed updates:", list(d.items()))
d.update({"temp": Obj("temp")})
print("temporary value:", "temp" in d, len(d))

# WeakKeyDictionary.update with a dict, pairs, another weak dict, keywords and bad input; |= too
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b, c, e = Key("a"), Key("b"), Key("c"), Key("e")
d = weakref.WeakKeyDictionary()
d.update({a: 1})
print("dict:", list(d.items()))
d.update([(b, 2), (a, 11)])
print("pairs:", list(d.items()))
d.update(weakref.WeakKeyDictionary({c: 3}))
print("weak dict:", list(d.items()))
d.update()
print("no argument:", list(d.items()))
d.update(None)
print("None:", list(d.items()))
for label, args, kwargs in [("keyword", (), {"x": 1}), ("int", (5,), {}),
                            ("str keys", ({"k": 1},), {}), ("bad pairs", ([1, 2],), {})]:
    try:
        d.update(*args, **kwargs)
        print(label, "ok", list(d.items()))
    except TypeError as err:
        print(label, "TypeError:", err)
    except ValueError as err:
        print(label, "ValueError:", err)
d.update(((e, 5),))
print("tuple of pairs:", list(d.items()))
d.update({Key("temp"): "t"})
print("temporary key gone:", len(d), list(d.values()))

# WeakKeyDictionary keys that cannot be stored: not weakly referenceable, or unhashable; `in` with them
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Unhashable:
    def __eq__(self, other):
        return self is other

class DictSub(dict):
    pass

class IntSub(int):
    pass

d = weakref.WeakKeyDictionary()
d[Key("temp")] = "dies at once"
print("after storing a temporary key:", len(d))
keeper = Key("kept")
d[keeper] = 1
for label, bad in [("int", 3), ("str", "s"), ("tuple", (1,)), ("None", None),
                   ("list", []), ("dict", {}), ("object()", object()),
                   ("int subclass", IntSub(4)), ("Unhashable", Unhashable()),
                   ("dict subclass", DictSub())]:
    try:
        d[bad] = "value"
        print(label, "stored, len", len(d))
    except TypeError as e:
        print(label, "TypeError:", e)
    try:
        print(label, "in d:", bad in d)
    except TypeError as e:
        print(label, "in d TypeError:", e)
print("len at end:", len(d), list(d.values()))

# WeakKeyDictionary: explicit insertion or deletion while iterating raises RuntimeError
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

keys = [Key(n) for n in "abcd"]
extra = Key("extra")
d = weakref.WeakKeyDictionary((k, k.name) for k in keys)

def attempt(label, action, view):
    print(label)
    try:
        for item in getattr(d, view)():
            print("  visit", item)
            action()
    except RuntimeError as e:
        print("  RuntimeError:", e)
    print("  now:", [k.name for k in d])

attempt("insert during items():", lambda: d.__setitem__(extra, "x"), "items")
attempt("delete during keys():", lambda: d.__delitem__(extra), "keys")
attempt("update existing value during values():", lambda: d.__setitem__(keys[0], "new"), "values")
attempt("pop during keys():", lambda: d.pop(keys[3]), "keys")
attempt("setdefault of an existing key during items():", lambda: d.setdefault(keys[0], 0), "items")
print("popitem during iteration:")
try:
    for k in d:
        print("  visit", k, "popped", d.popitem())
except RuntimeError as e:
    print("  RuntimeError:", e)
print("  now:", list(d.items()))

# WeakKeyDictionary.setdefault: existing keys, missing keys, default None, bad keys, entry death
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1})
print("existing:", d.setdefault(a, 99), d[a])
print("missing:", d.setdefault(b, 2), d[b])
print("no default:", d.setdefault(c), d[c])
print("again:", d.setdefault(c, "x"), d[c])
lst = d.setdefault(Key("tmp"), [])
print("temporary key:", lst, len(d))
print("items:", list(d.items()))
try:
    d.setdefault(5, "v")
except TypeError as e:
    print("TypeError:", e)
try:
    d.setdefault()
except TypeError as e:
    print("no args TypeError:", type(e).__name__)
del b
print("after del b:", list(d.items()))
print("setdefault on a, shared list:", d.setdefault(a, []) == 1)

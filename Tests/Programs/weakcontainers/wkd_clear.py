# WeakKeyDictionary.clear(): empties the table; keys dying afterwards are harmless; values released
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Value:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  value", self.name, "released")

keys = [Key(n) for n in "abc"]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = Value(k.name.upper())
print("before clear:", len(d))
d.clear()
print("after clear:", len(d), list(d.items()), bool(d))
d.clear()
print("clear on empty:", len(d))
d[keys[0]] = "x"
print("reuse:", list(d.items()))
print("deleting keys:")
del keys[1:]
print("len:", len(d))
del keys[0]
print("len after the last key died:", len(d))

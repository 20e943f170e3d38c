# WeakKeyDictionary: keys dying inside a loop over items/keys/values never raise; dead entries are skipped
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

def fresh():
    global keys, d
    keys = {n: Key(n) for n in "abcdef"}
    d = weakref.WeakKeyDictionary((k, n.upper()) for n, k in keys.items())

fresh()
print("items loop, killing d and e while at b:")
for k, v in d.items():
    print("  visit", k.name, v)
    if k.name == "b":
        del keys["d"], keys["e"]
        print("  killed; len inside loop:", len(d))
del k, v
print("after loop:", len(d), [k.name for k in d])

fresh()
print("keys loop, killing every key after the current one:")
for k in d.keys():
    print("  visit", k.name)
    if k.name == "a":
        for n in "bcdef":
            del keys[n]
del k
print("after loop:", len(d), [k.name for k in d])

fresh()
print("values loop, killing the key of the current entry:")
for v in d.values():
    n = v.lower()
    print("  visit", v, "len", len(d))
    if n in ("a", "c", "e"):
        del keys[n]
print("after loop:", len(d), [k.name for k in d])

fresh()
print("iter(d), killing an already visited key:")
for k in d:
    if k.name == "c":
        del keys["a"]
    print("  visit", k.name, "len", len(d))
del k
print("after loop:", len(d), [k.name for k in d])

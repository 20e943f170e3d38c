# WeakKeyDictionary `in`, len() and iteration order (insertion order, kept across value updates)
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

keys = {n: Key(n) for n in "qwertz"}
d = weakref.WeakKeyDictionary()
for n in "zqwert":
    d[keys[n]] = n.upper()
print("len:", len(d))
print("order:", [k.name for k in d])
d[keys["q"]] = "updated"
print("after updating q:", [(k.name, v) for k, v in d.items()])
del d[keys["w"]]
d[keys["w"]] = "back"
print("w moved to the end:", [k.name for k in d])
print("in:", keys["e"] in d, Key("e") in d, 1 in d, "e" in d, None in d)
print("not in:", keys["e"] not in d)
del keys["e"]
print("after the key e died:", len(d), [k.name for k in d])
for n in list(keys):
    print("still in?", n, keys[n] in d)
keys.clear()
print("all keys died:", len(d), list(d), bool(d))

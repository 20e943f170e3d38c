# WeakKeyDictionary.copy: a new independent WeakKeyDictionary sharing keys and values, entries die in both
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Registry(weakref.WeakKeyDictionary):
    pass

a, b, c = Key("a"), Key("b"), Key("c")
shared_value = ["shared"]
d = weakref.WeakKeyDictionary({a: 1, b: shared_value})
e = d.copy()
print("copy type:", type(e).__name__, e is d, list(e.items()))
print("value shared:", e[b] is d[b])
e[c] = 3
del d[a]
print("original:", list(d.items()))
print("copy:", list(e.items()))
f = d.__copy__()
print("__copy__:", type(f).__name__, list(f.items()))
del b
print("after del b: d", list(d.items()), "e", list(e.items()), "f", list(f.items()))
r = Registry({a: "reg"})
rc = r.copy()
print("subclass copy type:", type(r).__name__, "->", type(rc).__name__, list(rc.items()))
empty = weakref.WeakKeyDictionary().copy()
print("empty copy:", len(empty), list(empty.items()))

# WeakKeyDictionary holds values strongly: a value dies only when its entry goes with the key
import weakref

class Key:
    def __init__(self, name):
        self.name = name

class Value:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  value", self.name, "dies")

d = weakref.WeakKeyDictionary()
k1, k2 = Key("k1"), Key("k2")
d[k1] = Value("v1")
d[k2] = Value("v2")
print("stored; values only live in the dict")
r = weakref.ref(d[k1])
print("value alive:", r() is not None, r().name)
print("del k1:")
del k1
print("value ref now:", r())
print("replacing v2 through the key:")
d[k2] = Value("v2b")
print("popping k2:")
v = d.pop(k2)
print("popped", v.name, len(d))
del v
print("a value that is itself a key:")
k3 = Key("k3")
v3 = Value("v3")
d[k3] = v3
d[v3] = "value as key"
del v3
print("entries:", len(d))
del k3
print("entries after k3 died:", len(d))
print("end")

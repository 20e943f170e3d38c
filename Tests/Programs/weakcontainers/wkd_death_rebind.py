# WeakKeyDictionary entries vanish when the only variable/attribute/element holding the key is rebound
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Box:
    pass

d = weakref.WeakKeyDictionary()
x = Key("x1")
d[x] = 1
print("x1 stored:", [k.name for k in d])
x = Key("x2")
print("x rebound to x2 (not stored):", [k.name for k in d], len(d))
d[x] = 2
x = None
print("x rebound to None:", len(d))
box = Box()
box.key = Key("attr")
d[box.key] = "from attribute"
print("attribute key:", [k.name for k in d])
box.key = 0
print("attribute rebound:", len(d))
items = [Key("e0"), Key("e1"), Key("e2")]
for k in items:
    d[k] = k.name
del k
print("list keys:", [k.name for k in d])
items[1] = "replaced"
print("after items[1] = ...:", [k.name for k in d])
items = items[:1]
print("after slicing the list:", [k.name for k in d])
x, y = Key("p"), Key("q")
d[x] = d[y] = "pair"
print("pair stored:", [k.name for k in d])
x, y = y, None
print("after swap-rebind:", [k.name for k in d])
box = None
print("end:", [k.name for k in d])

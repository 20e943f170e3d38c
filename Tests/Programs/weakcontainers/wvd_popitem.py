# WeakValueDictionary.popitem: last inserted first, dead entries skipped, KeyError on empty
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

objs = [Obj(n) for n in "abcde"]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.name] = o
del o
print("popitem:", d.popitem())
print("popitem:", d.popitem())
print("left:", list(d.items()))
d["a"] = objs[4]
print("a rebound to e:", list(d.items()))
print("popitem:", d.popitem())
while d:
    print("drain:", d.popitem(), len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    weakref.WeakValueDictionary(x=Obj("temp")).popitem()
except KeyError as e:
    print("only a dead entry:", repr(e))
print("objects all alive:", objs)

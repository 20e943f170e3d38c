# WeakValueDictionary: del d[k] on live, missing and dead entries; KeyError messages
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary(a=a, b=b, c=c)
del d["b"]
print("after del d['b']:", list(d.items()), "b alive:", b)
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", repr(e))
try:
    del d[[1]]
except TypeError as e:
    print("TypeError:", e)
del c
try:
    del d["c"]
except KeyError as e:
    print("dead entry KeyError:", repr(e))
d["b"] = b
print("b back at the end:", list(d))
del d["a"]
print("left:", list(d.items()))

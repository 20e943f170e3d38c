# WeakValueDictionary.clear(): empties the table (last entry first); values stay alive elsewhere
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

objs = [Obj(n) for n in "abc"]
d = weakref.WeakValueDictionary((o.name, o) for o in objs)
d.clear()
print("after clear:", len(d), list(d.items()), objs)
d.clear()
print("clear on empty:", len(d))
d["x"] = objs[0]
d["t"] = Obj("temp")
print("refilled:", list(d.items()))
d["y"] = objs[1]
d["z"] = objs[1]
print("before clear:", len(d))
d.clear()
print("after clear:", len(d), objs)
objs.clear()
print("end")

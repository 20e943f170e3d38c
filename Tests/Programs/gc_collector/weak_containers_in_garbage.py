# Weak containers that are themselves part of the garbage, together with their referents, are torn down quietly
# (no removal callback runs against a cleared container)
import gc, weakref

class Obj:
    def __init__(self, name):
        self.name = name

def build():
    values = weakref.WeakValueDictionary()
    keys = weakref.WeakKeyDictionary()
    members = weakref.WeakSet()
    objs = [Obj("o%d" % i) for i in range(20)]
    for o in objs:
        values[o.name] = o
        keys[o] = o.name
        members.add(o)
        o.values, o.keys, o.members = values, keys, members
    objs[0].all = objs
    objs.append(objs)
    return weakref.ref(objs[0])

w = build()
print("alive before:", w() is not None)
gc.collect()
print("collected:", w() is None)

# the containers survive while only the referents are garbage, and their callbacks clean them
values = weakref.WeakValueDictionary()
members = weakref.WeakSet()
for i in range(10):
    o = Obj("v%d" % i)
    o.me = o
    values[o.name] = o
    members.add(o)
del o
gc.collect()
print("emptied:", len(values), len(members), list(values.items()))

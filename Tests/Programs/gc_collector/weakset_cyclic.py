# WeakSet members that are cyclic garbage disappear after a collection
import gc, weakref

class Member:
    def __init__(self, name):
        self.name = name

gc.collect()
ws = weakref.WeakSet()
anchors = [Member("anchor%d" % i) for i in range(2)]
for a in anchors:
    ws.add(a)
del a
for i in range(4):
    m = Member("cyc%d" % i)
    m.self_ref = m
    ws.add(m)
del m
print("before:", len(ws))
gc.collect()
print("after:", len(ws), sorted(m.name for m in ws))

# members pointing at each other and at the set itself
x = Member("x"); y = Member("y")
x.y = y; y.x = x
x.container = ws
ws.add(x); ws.add(y)
del x, y
print("with pair:", len(ws))
gc.collect()
print("pair gone:", len(ws), sorted(m.name for m in ws))

# a WeakSet that is itself part of the garbage, with members that are garbage too
holder = Member("holder")
inner = weakref.WeakSet([holder])
holder.inner = inner
del holder, inner
gc.collect()
print("garbage weakset collected fine:", len(ws))
anchors.pop()
print("refcount death still works:", len(ws))

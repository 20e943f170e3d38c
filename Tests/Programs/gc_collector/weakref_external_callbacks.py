# Callbacks of weakrefs outside the garbage are called (newest first per referent), keep __callback__,
# and receive a weakref that is already dead
import gc, weakref

calls = []
class Obj:
    def __init__(self, name):
        self.name = name

def make_cb(tag):
    def cb(w):
        calls.append((tag, w() is None))
    return cb

x = Obj("x"); y = Obj("y")
x.y = y; y.x = x
cb1, cb2, cb3 = make_cb("x-first"), make_cb("x-second"), make_cb("x-third")
r1 = weakref.ref(x, cb1)
r2 = weakref.ref(x, cb2)
r3 = weakref.ref(x, cb3)
ry = weakref.ref(y, make_cb("y"))
del x, y
print("before:", calls)
gc.collect()
print("x callbacks in order:", [c for c in calls if c[0].startswith("x")])
print("y callback:", [c for c in calls if c[0] == "y"])
print("__callback__ kept:", r1.__callback__ is cb1, r2.__callback__ is cb2, r3.__callback__ is cb3)
print("all dead:", r1() is None, r2() is None, r3() is None, ry() is None)

# a callback that is a bound method of a live object
class Watcher:
    def __init__(self):
        self.seen = []
    def notice(self, w):
        self.seen.append(w is self.ref)
watcher = Watcher()
z = Obj("z"); z.me = z
watcher.ref = weakref.ref(z, watcher.notice)
del z
gc.collect()
print("bound-method callback:", watcher.seen)

# callbacks for many objects of one big cycle: each runs once
calls.clear()
nodes = [Obj(str(i)) for i in range(50)]
for i in range(50):
    nodes[i].next = nodes[(i + 1) % 50]
refs = [weakref.ref(n, make_cb(n.name)) for n in nodes]
del nodes
gc.collect()
print(len(calls), sorted(int(t) for t, _ in calls) == list(range(50)), all(d for _, d in calls))

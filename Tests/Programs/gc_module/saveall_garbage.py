# DEBUG_SAVEALL: collected objects go to gc.garbage instead of being freed; __del__ still runs first, and only once
import gc, weakref

log = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
plain = [1, 2]; plain.append(plain)
wa = weakref.ref(a)
del a, b, plain
gc.collect()
print("finalizers ran:", sorted(log))
print("weakref cleared:", wa() is None)
names = sorted(o.name for o in gc.garbage if isinstance(o, Node))
print("saved nodes:", names)
print("saved list:", any(isinstance(o, list) and len(o) == 3 and o[2] is o for o in gc.garbage))
saved = [o for o in gc.garbage if isinstance(o, Node)]
print("saved nodes intact:", saved[0].other.other is saved[0])

gc.set_debug(0)
log.clear()
for o in gc.garbage:
    if isinstance(o, list):
        o.clear()
gc.garbage.clear()
del o
gc.collect()
print("still held by saved:", log)
saved = None
gc.collect()
print("no second __del__:", log)
print("garbage empty:", gc.garbage)

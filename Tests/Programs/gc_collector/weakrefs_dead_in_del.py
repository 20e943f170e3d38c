# Collector path: weakrefs to every object in the garbage are cleared and their callbacks run before any __del__
import gc, weakref

log = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        if getattr(self, "peer", None) is None:
            return
        log.append("del %s: self-ref %s, peer-ref %s" % (
            self.name,
            "dead" if REFS[self.name]() is None else "alive",
            "dead" if REFS[self.peer.name]() is None else "alive"))

def cb(w):
    log.append("callback")

a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
REFS = {"a": weakref.ref(a), "b": weakref.ref(b)}
watch = weakref.ref(a, cb)
del a, b
gc.collect()
print(log[0])
print(sorted(log[1:]))
log.clear()

# compare: the refcount path keeps weakrefs alive while __del__ runs
c = Node("c")
d = Node("d")
c.peer = d
REFS["c"] = weakref.ref(c); REFS["d"] = weakref.ref(d)
watch2 = weakref.ref(c, cb)
del c
print(log)

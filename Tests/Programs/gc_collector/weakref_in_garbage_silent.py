# A weakref that is itself part of the garbage never calls back, even when its referent dies too or later
import gc, weakref

calls = []
class Obj:
    def __init__(self, name):
        self.name = name

def cb(w):
    calls.append("callback")

# without a cycle the object dies by refcount and the weakref it owns does call back
o = Obj("no cycle")
o.ref = weakref.ref(o, cb)
del o
print("refcount death:", calls)
calls.clear()

# the weakref and its referent are both in the garbage
o = Obj("both")
o.me = o
o.ref = weakref.ref(o, cb)
del o
gc.collect()
print("both in garbage:", calls)

# the weakref is garbage, its referent lives outside and dies later
survivor = Obj("survivor")
holder = Obj("holder")
holder.me = holder
holder.ref = weakref.ref(survivor, cb)
del holder
gc.collect()
print("weakref collected, referent alive:", calls)
del survivor
print("referent died later:", calls)

# weakrefs in a list cycle pointing into the same garbage
p = Obj("p")
lst = [p, weakref.ref(p, cb), weakref.ref(p, lambda w: calls.append("lambda"))]
lst.append(lst)
p.back = lst
del p, lst
gc.collect()
print("list of refs in garbage:", calls)

# one weakref in the garbage, one outside: only the outside one calls back
q = Obj("q")
q.me = q
q.inner = weakref.ref(q, lambda w: calls.append("inner"))
outer = weakref.ref(q, lambda w: calls.append("outer"))
del q
gc.collect()
print("mixed:", calls)

# Cyclic garbage that refers to live objects: collecting it releases exactly its references, live objects stay intact
import gc, sys, weakref

class Node:
    pass

gc.collect()
live = Node()
live.payload = [1, 2, 3]
shared_list = ["shared"]
base_obj = sys.getrefcount(live)
base_list = sys.getrefcount(shared_list)
for i in range(100):
    n = Node()
    n.me = n
    n.live = live
    n.items = [shared_list, live]
del n
print("extra refs while garbage pending:", sys.getrefcount(live) - base_obj, sys.getrefcount(shared_list) - base_list)
gc.collect()
print("extra refs after collect:", sys.getrefcount(live) - base_obj, sys.getrefcount(shared_list) - base_list)
print("live object intact:", live.payload, shared_list)

# a live object with a weakref callback that the garbage also points at: no callback
fired = []
target = Node()
wt = weakref.ref(target, lambda w: fired.append("fired"))
g = Node(); g.me = g; g.target = target
del g
gc.collect()
print("target alive:", wt() is target, "callbacks:", fired)

# garbage pointing at a live cycle: the live cycle is untouched
a = Node(); b = Node()
a.b = b; b.a = a
a.data = {"k": "v"}
junk = Node(); junk.me = junk; junk.ref = a
del junk
gc.collect()
print("live cycle intact:", a.b.a is a, a.data)

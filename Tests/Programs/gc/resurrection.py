# PEP 442: a finalizer that resurrects keeps its object (and what it reaches) intact;
# __del__ never runs twice
import gc, weakref

saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.friend = None
    def __del__(self):
        print("del", self.name)
        saved.append(self)

p = Phoenix("p"); q = Phoenix("q")
p.friend = q; q.friend = p
w = weakref.ref(p)
del p, q
gc.collect()
print("saved:", sorted(o.name for o in saved), "weakref dead:", w() is None)
print("friends intact:", saved[0].friend is saved[1] or saved[0].friend.friend is saved[0])
print("finalized:", [gc.is_finalized(o) for o in saved])
saved.clear()
gc.collect()
print("no second __del__")

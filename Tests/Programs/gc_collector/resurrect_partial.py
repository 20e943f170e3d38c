# One finalizer resurrecting part of a garbage cycle keeps that part (and all it reaches) intact,
# while unrelated garbage in the same collection is still reclaimed (bpo-38379)
import gc, weakref

saved = []
deleted = []
class Node:
    def __init__(self, name, keep=False):
        self.name = name
        self.keep = keep
        self.data = [name] * 2
    def __del__(self):
        deleted.append(self.name)
        if self.keep:
            saved.append(self)

# ring a -> b -> c -> a, only b resurrects itself
a = Node("a"); b = Node("b", keep=True); c = Node("c")
a.next = b; b.next = c; c.next = a
# an unrelated cycle collected in the same pass
x = Node("x"); y = Node("y")
x.next = y; y.next = x
wx = weakref.ref(x); wa = weakref.ref(a)
del a, b, c, x, y
gc.collect()
print("finalized:", sorted(deleted))
print("saved:", [n.name for n in saved])
s = saved[0]
print("ring intact:", s.next.name, s.next.next.name, s.next.next.next is s)
print("data intact:", s.data, s.next.data, s.next.next.data)
print("unrelated cycle gone:", wx() is None)
print("weakref to resurrected neighbour dead:", wa() is None)
print("all finalized:", gc.is_finalized(s), gc.is_finalized(s.next), gc.is_finalized(s.next.next))

# dropping the survivors again: no finalizer runs twice
deleted.clear()
w = weakref.ref(s)
saved.clear()
del s
gc.collect()
print("second collection finalizers:", deleted, "gone:", w() is None)

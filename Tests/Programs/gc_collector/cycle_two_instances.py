# A two-instance cycle survives `del` of its names and dies only when gc.collect() runs
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

gc.collect()
a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
ra = weakref.ref(a); rb = weakref.ref(b)
del a, b
print("after del, still alive:", ra() is not None, rb() is not None)
print("cycle intact:", ra().peer is rb(), rb().peer is ra())
print("found:", gc.collect() >= 2)
print("after collect, dead:", ra() is None, rb() is None)

# a three-node ring and a node pointing to itself
x, y, z = Node("x"), Node("y"), Node("z")
x.peer = y; y.peer = z; z.peer = x
s = Node("self"); s.peer = s
refs = [weakref.ref(o) for o in (x, y, z, s)]
del x, y, z, s
print("alive before:", [r() is not None for r in refs])
gc.collect()
print("alive after:", [r() is not None for r in refs])

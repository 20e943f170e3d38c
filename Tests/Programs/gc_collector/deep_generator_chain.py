# A long chain of suspended generators, each holding the previous one, dies without crashing
# both by refcount and (when closed into a cycle) by the collector
import gc, weakref

class Holder:
    pass

def link(prev):
    try:
        yield prev
    finally:
        pass

def build(n, first):
    g = link(first)
    next(g)
    for i in range(n - 1):
        g = link(g)
        next(g)
    return g

h = Holder()
h.last = build(50_000, h)
w = weakref.ref(h)
del h
print("cycle through 50000 generators alive:", w() is not None)
gc.collect()
print("collected:", w() is None)

top = build(50_000, Holder())
del top
print("refcount chain dropped")

# unstarted generators holding each other through their arguments
def wrap(inner):
    yield inner
g = None
for i in range(50_000):
    g = wrap(g)
h = Holder()
h.g = g
g = wrap(h)
h.g2 = g
w = weakref.ref(h)
del g, h
gc.collect()
print("unstarted chain collected:", w() is None)

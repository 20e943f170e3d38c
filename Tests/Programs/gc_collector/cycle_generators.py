# Suspended generators in cycles are closed by the collector: their finally blocks run, their locals die
import gc, weakref

events = []
class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)

class Holder:
    pass

def worker(holder):
    local = Marker("generator-local")
    try:
        yield 1
        yield 2
    finally:
        events.append("finally, holder still has gen: " + str(holder.gen is not None))

h = Holder()
h.gen = worker(h)
print("first value:", next(h.gen))
wg = weakref.ref(h.gen)
del h
print("generator alive:", wg() is not None)
gc.collect()
print("generator dead:", wg() is None)
print(sorted(events))
events.clear()

# a generator whose frame refers to the generator itself
def selfish():
    me = yield "started"
    try:
        yield me is not None
    finally:
        print("selfish finally")
g = selfish()
print(next(g))
print(g.send(g))
del g
print("dropped selfish generator")
gc.collect()

# an unstarted generator in a cycle has no finally to run, but its arguments die
def never(box, m):
    try:
        yield box
    finally:
        print("never printed")
box = []
box.append(never(box, Marker("unstarted-arg")))
del box
gc.collect()
print(events)
events.clear()

# an exhausted generator in a cycle
def done(box):
    yield 1
box = []
box.append(done(box))
print(list(box[0]))
box.append(Marker("next-to-exhausted"))
del box
gc.collect()
print(events)
print("end")

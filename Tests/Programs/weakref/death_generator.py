# A generator's weakrefs are cleared (and callbacks run) before it is closed
import weakref

def cb(w):
    print("callback: ref dead:", w() is None)

def gen():
    try:
        print("generator started")
        yield 1
        yield 2
    finally:
        print("generator finally: r() alive:", r() is not None)

g = gen()
print("next:", next(g))
r = weakref.ref(g, cb)
print("r() is g:", r() is g)
print("deleting suspended generator")
del g
print("after del")

# an unstarted generator has no finally to run
def gen2():
    print("never runs")
    yield 0
g2 = gen2()
r2 = weakref.ref(g2, cb)
g2 = None
print("unstarted generator gone:", r2())

# an exhausted generator
g3 = gen()
r = weakref.ref(g3, cb)
print(list(g3))
print("exhausted but alive:", r() is g3)
del g3
print("end")

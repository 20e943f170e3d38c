# Objects captured by closures and defaults die when the function object dies
import weakref

class C:
    def __init__(self, name):
        self.name = name

def cb(w):
    print("  callback:", w.tag)

class TagRef(weakref.ref):
    pass

def track(obj, tag):
    r = TagRef(obj, cb)
    r.tag = tag
    return r

def make_closure():
    captured = C("captured")
    rr = track(captured, "captured")
    def inner():
        return captured.name
    return inner, rr

f, r1 = make_closure()
print("closure works:", f(), "alive:", r1() is not None)
rf = track(f, "closure function")
print("deleting closure")
del f
print("alive:", r1() is not None)

def with_default(x=C("default")):
    return x.name
r2 = track(with_default.__defaults__[0], "default")
print("default:", with_default())
rf2 = track(with_default, "function with default")
del with_default
print("alive:", r2() is not None)

print("bound method keeps instance alive")
class M:
    def meth(self):
        return "meth"
m = M()
r3 = track(m, "instance")
bm = m.meth
del m
print("instance alive via bound method:", r3() is not None)
del bm
print("alive:", r3() is not None)

print("generator keeps its locals alive until closed")
def gen():
    local = C("genlocal")
    track_keep.append(track(local, "generator local"))
    yield 1
    yield 2
track_keep = []
g = gen()
next(g)
print("generator suspended, local alive:", track_keep[0]() is not None)
g.close()
print("closed, local alive:", track_keep[0]() is not None)
del g
print("end")

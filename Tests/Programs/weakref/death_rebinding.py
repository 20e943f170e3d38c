# Rebinding a name (assignment, augmented assignment, loop variable) releases the old object
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        return C(self.name + "+")

def cb(w):
    print("  callback for", w.tag)

class TagRef(weakref.ref):
    pass

def track(obj, tag):
    r = TagRef(obj, cb)
    r.tag = tag
    return r

v = C("first")
r1 = track(v, "first")
print("rebinding v")
v = C("second")
print("rebound; first alive:", r1() is not None)
r2 = track(v, "second")
print("augmented assignment")
v += 1
print("after +=:", v.name, "second alive:", r2() is not None)

print("loop variable:")
refs = []
for i in range(3):
    item = C("loop%d" % i)
    refs.append(track(item, "loop%d" % i))
    print(" iteration", i, "done")
print("after loop, last alive:", refs[-1]() is not None)
item = None
print("item cleared")

print("tuple unpacking rebind:")
p, q = C("p"), C("q")
rp, rq = track(p, "p"), track(q, "q")
p, q = q, None
print("p is old q:", p.name)
p = None
print("end")

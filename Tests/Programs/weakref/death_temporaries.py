# Refs to temporaries are dead as soon as the expression finishes
import weakref

class C:
    def __init__(self, name):
        self.name = name

def cb(w):
    print("  temporary's callback fired")

print("ref to a temporary:", weakref.ref(C("t1"))())
r = weakref.ref(C("t2"), cb)
print("callback ref to temporary:", r())
print("calling through it inside the expression:")
print(" ", (lambda o: (weakref.ref(o)().name))(C("t3")))

def make():
    return C("made")
r2 = weakref.ref(make(), cb)
print("ref to returned temporary:", r2())

print("temporary in a list comprehension")
refs = [weakref.ref(C(str(i)), cb) for i in range(3)]
print("all dead:", [x() for x in refs])

print("temporary kept alive by being an argument:")
def show(obj, ref):
    print("  inside call, alive:", ref() is obj)
o = C("arg")
show(o, weakref.ref(o))
o = None
print("method result chain:")
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, x):
        self.parts.append(x)
        return self
b_ref = weakref.ref(Builder().add(1).add(2), cb)
print("builder ref:", b_ref())

# weakref.ref: calling returns the referent while alive and None once it is gone
import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Thing(%s)" % self.name

t = Thing("a")
r = weakref.ref(t)
print("alive call:", r())
print("same object:", r() is t)
print("call twice same:", r() is r())
print("attribute through ref:", r().name)
print("bool of live ref:", bool(r))
del t
print("after del call:", r())
print("is None:", r() is None)
print("bool of dead ref:", bool(r))
print("call again:", r())

# several refs to the same object all die together
u = Thing("b")
refs = [weakref.ref(u, lambda w: None) for i in range(3)]
print("live:", [x() for x in refs])
u = None
print("dead:", [x() for x in refs])

# a ref whose referent is kept alive by a container
box = [Thing("c")]
r3 = weakref.ref(box[0])
print("in box:", r3())
holder = box[0]
box.clear()
print("still held:", r3())
holder = 42
print("released:", r3(), holder)

# the returned object is a strong reference
v = Thing("d")
r4 = weakref.ref(v)
strong = r4()
del v
print("kept by strong:", r4())
del strong
print("gone:", r4())

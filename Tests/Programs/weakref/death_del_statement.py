# A referent dies exactly when `del` drops its last strong reference
import weakref

class C:
    def __init__(self, name):
        self.name = name

def cb(w):
    print("  callback fired")

a = C("a")
b = a
r = weakref.ref(a, cb)
print("del a (b still holds it)")
del a
print("alive:", r() is not None, r().name)
print("del b")
del b
print("alive:", r() is not None)

# del of several names at once
x = C("x")
y = x
rx = weakref.ref(x, cb)
print("del x, y")
del x, y
print("alive:", rx() is not None)

# del of an attribute holding the only reference
class Holder:
    pass
h = Holder()
h.item = C("attr")
ri = weakref.ref(h.item, cb)
print("del h.item")
del h.item
print("alive:", ri() is not None)

# del of a dict entry and a list slice
d = {"k": C("dict")}
rd = weakref.ref(d["k"], cb)
print("del d['k']")
del d["k"]
print("alive:", rd() is not None)
lst = [C("l0"), C("l1"), C("l2")]
rl = [weakref.ref(o, cb) for o in lst]
print("del lst[1:]")
del lst[1:]
print("alive:", [w() is not None for w in rl])

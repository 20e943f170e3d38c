# A callback receives the weakref object itself (already dead) as its only argument
import weakref

class C:
    def __init__(self, name):
        self.name = name

seen = []

def cb(w):
    seen.append(w)
    print("callback: arg is r1:", w is r1, "arg is r2:", w is r2, "w() =", w())
    print("callback: type", type(w).__name__)

a = C("a")
r1 = weakref.ref(a, cb)
r2 = weakref.ref(a, cb)
print("r1 is r2:", r1 is r2)
del a
print("seen count:", len(seen))
print("first is r2:", seen[0] is r2, "second is r1:", seen[1] is r1)

# the same callback shared by refs to different objects
names = {}
def named_cb(w):
    print("died:", names[w])

b = C("b")
c = C("c")
rb = weakref.ref(b, named_cb)
rc = weakref.ref(c, named_cb)
names[rb] = "b"
names[rc] = "c"
del c
del b
print("done")

# a callable instance as callback
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, w):
        self.calls += 1
        print("Counter called with dead ref:", w() is None)

counter = Counter()
d = C("d")
rd = weakref.ref(d, counter)
print("callback is counter:", rd.__callback__ is counter)
d = None
print("calls:", counter.calls)

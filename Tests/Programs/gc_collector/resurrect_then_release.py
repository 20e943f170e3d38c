# A resurrected object keeps living normally; new weakrefs to it work and die with it later, no second __del__
import gc, weakref

saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

p = Phoenix("p")
p.me = p
old = weakref.ref(p)
del p
gc.collect()
print("old weakref dead:", old() is None)
bird = saved.pop()
print("alive again:", bird.name, bird.me is bird)
bird.extra = [1, 2, 3]
print("usable:", bird.extra, gc.is_finalized(bird))

def callback(w):
    print("new callback, referent gone:", w() is None)
new = weakref.ref(bird, callback)
print("new weakref works:", new() is bird)
del bird
print("released again")
gc.collect()
print("new weakref dead:", new() is None, "saved:", saved)

# resurrected via a global name on the refcount path, then put in a cycle and collected
keeper = None
class Saver:
    def __del__(self):
        global keeper
        print("Saver.__del__")
        keeper = self
s = Saver()
del s
print("kept:", type(keeper).__name__, gc.is_finalized(keeper))
keeper.loop = keeper
w = weakref.ref(keeper)
keeper = None
gc.collect()
print("collected without second __del__:", w() is None)

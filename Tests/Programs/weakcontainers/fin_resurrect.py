# __del__ resurrecting its object: finalizers and weakref callbacks wait for the second (real) death
import weakref

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "resurrects itself")
        saved.append(self)

def report(tag):
    print("  finalizer", tag)

p = Phoenix("p")
f = weakref.finalize(p, report, "p")
r = weakref.ref(p, lambda ref: print("  ref callback"))
print("first death:")
del p
print("after: alive", f.alive, "ref resolves:", r() is saved[0])
print("second death:")
saved.clear()
print("after: alive", f.alive, "ref:", r())
q = Phoenix("q")
weakref.finalize(q, report, "q")
del q
print("q saved; the program ends with it alive")

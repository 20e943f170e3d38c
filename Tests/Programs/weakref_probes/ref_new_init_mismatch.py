# ref.__init__ after __new__ with a different object does not retarget the reference; __new__ argument checking
import weakref
class O:
    def __init__(self, n): self.n = n
a, b = O(1), O(2)
r = weakref.ref.__new__(weakref.ref, a)
r.__init__(b)
print(r().n)
class Sub(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(b, callback)
s = Sub(a)
print(s().n)
for label, f in [("ref.__new__(ref)", lambda: weakref.ref.__new__(weakref.ref)),
                 ("ref.__new__(int, a)", lambda: weakref.ref.__new__(int, a)),
                 ("ref.__new__(Sub, 1)", lambda: weakref.ref.__new__(Sub, 1)),
                 ("r.__init__()", lambda: r.__init__()),
                 ("r.__init__(1)", lambda: r.__init__(1)),
                 ("r.__init__(a, None, 3)", lambda: r.__init__(a, None, 3))]:
    try:
        x = f()
        print(label, "->", type(x).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)

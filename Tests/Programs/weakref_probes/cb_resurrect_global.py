# A callback cannot resurrect the referent (w() already None); it can stash the ref object itself
import weakref
class A:
    def __init__(self, n): self.n = n
saved = []
def cb(w):
    saved.append(w)
    print("in cb, w() =", w(), "same ref:", w is r)
a = A(1)
r = weakref.ref(a, cb)
del a
print(len(saved), saved[0]() is None, r() is None)
# __del__ resurrects via a global: weakref cleared anyway, callback still runs
ghost = None
class B:
    def __del__(self):
        global ghost
        ghost = self
        print("__del__ resurrecting")
def cb2(w):
    print("cb2 runs, w() =", w())
b = B()
r2 = weakref.ref(b, cb2)
del b
print("ghost alive:", ghost is not None, "r2() is ghost:", r2() is ghost)
r3 = weakref.ref(ghost)
print("new ref to ghost works:", r3() is ghost)
ghost = None
print("end", r3() is None)

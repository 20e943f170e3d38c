# Locals kept alive by a caught exception's traceback die when the except block ends (the name is cleared)
import weakref
class O:
    def __init__(self, n): self.n = n
def cb(w): print("callback fired")
def fails(refs):
    local = O(1)
    refs.append(weakref.ref(local, cb))
    raise ValueError("x")
refs = []
try:
    fails(refs)
except ValueError as e:
    print("in except, alive:", refs[0]() is not None)
print("after except, alive:", refs[0]() is not None)
saved = None
refs2 = []
try:
    fails(refs2)
except ValueError as e:
    saved = e
print("saved exception keeps frame alive:", refs2[0]() is not None)
saved = None
print("after dropping saved:", refs2[0]() is not None)
def gen(refs):
    o = O(2)
    refs.append(weakref.ref(o, lambda w: print("gen local died")))
    yield 1
    yield 2
refs3 = []
g = gen(refs3)
next(g)
print("gen suspended, alive:", refs3[0]() is not None)
g.close()
print("after close:", refs3[0]() is not None)

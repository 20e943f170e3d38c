# __callback__ before/after death, None callback sharing, explicit __new__/__init__ calls, callback kept alive by the ref
import weakref
class O: pass
o = O()
def make_cb():
    def cb(w): print("cb via closure fired")
    return cb
r = weakref.ref(o, make_cb())
print(r.__callback__.__name__)
print(weakref.ref(o, None) is weakref.ref(o), weakref.proxy(o, None) is weakref.proxy(o))
r2 = weakref.ref.__new__(weakref.ref, o)
print(r2 is weakref.ref(o), type(r2).__name__)
r2.__init__(o)
r2.__init__(o, None)
print(r2() is o)
del o
print(r.__callback__, r())
class Calls:
    def __init__(self): self.n = 0
    def __call__(self, w): self.n += 1
calls = Calls()
o = O()
rc = weakref.ref(o, calls)
pc = weakref.proxy(o, calls)
print(rc.__callback__ is calls)
del o
print(calls.n, rc.__callback__)

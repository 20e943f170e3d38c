# Weak references to ref subclasses, proxies of refs, finalize on a ref subclass, and a ref subclass referring to itself
import weakref
class R(weakref.ref):
    pass
class O:
    pass
o = O()
r = R(o, lambda w: print("R callback, me alive:", w.me() is w))
r.me = weakref.ref(r, lambda w: print("ref-to-R callback"))
p = weakref.proxy(r)
print(type(p).__name__, p() is o, callable(p))
f = weakref.finalize(r, print, "R object finalized")
try:
    weakref.ref(weakref.ref(o))
except TypeError as e:
    print("TypeError", e)
try:
    weakref.proxy(weakref.proxy(o))
except TypeError as e:
    print("TypeError", e)
print(weakref.getweakrefcount(r))
del o
print("o gone; r() =", r())
del r
print("r gone; proxy usable?")
try:
    p()
except ReferenceError as e:
    print("ReferenceError", e)
print(f.alive)

# ref(o) is ref(o) for callback-less refs; refs with callbacks are always new
import weakref

class C:
    pass

def cb(w):
    pass

o = C()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("ref(o) is ref(o):", r1 is r2)
print("ref(o, None) is ref(o):", weakref.ref(o, None) is r1)
c1 = weakref.ref(o, cb)
c2 = weakref.ref(o, cb)
print("with callback is canonical:", c1 is r1)
print("two with same callback identical:", c1 is c2)
print("equal though:", c1 == c2, c1 == r1)
print("count:", weakref.getweakrefcount(o))

# dropping the canonical ref lets a new one be created
del r1, r2
print("count after dropping canonical:", weakref.getweakrefcount(o))
r3 = weakref.ref(o)
print("new canonical is c1:", r3 is c1, "is c2:", r3 is c2)
print("again same:", weakref.ref(o) is r3)
print("count:", weakref.getweakrefcount(o))

# proxies: same canonical behaviour, independent of refs
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print("proxy(o) is proxy(o):", p1 is p2)
print("proxy(o, None) is proxy(o):", weakref.proxy(o, None) is p1)
pc = weakref.proxy(o, cb)
print("proxy with cb is canonical:", pc is p1)
print("count:", weakref.getweakrefcount(o))

# canonical refs are per object
o2 = C()
print("different objects share ref:", weakref.ref(o2) is r3)
print("ref to o2 canonical:", weakref.ref(o2) is weakref.ref(o2))

# after death a new object gets a fresh canonical ref
del o
print("dead r3:", r3(), "dead c1:", c1())
o = C()
print("fresh ref alive:", weakref.ref(o)() is o)

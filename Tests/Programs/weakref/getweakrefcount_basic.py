# getweakrefcount counts live weakrefs and proxies to an object
import weakref

class C:
    pass

def cb(w):
    pass

o = C()
print("none yet:", weakref.getweakrefcount(o))
r = weakref.ref(o)
print("one ref:", weakref.getweakrefcount(o))
r_again = weakref.ref(o)
print("canonical reused:", weakref.getweakrefcount(o))
rc = weakref.ref(o, cb)
print("with callback:", weakref.getweakrefcount(o))
p = weakref.proxy(o)
print("with proxy:", weakref.getweakrefcount(o))
pc = weakref.proxy(o, cb)
print("with callback proxy:", weakref.getweakrefcount(o))
del rc
print("after del rc:", weakref.getweakrefcount(o))
del r
print("after del r (r_again still holds it):", weakref.getweakrefcount(o))
del r_again
print("after del r_again:", weakref.getweakrefcount(o))
del p, pc
print("after del proxies:", weakref.getweakrefcount(o))

# temporaries are freed immediately
weakref.ref(o, cb)
print("temporary ref freed:", weakref.getweakrefcount(o))

# many refs in a list
many = [weakref.ref(o, cb) for i in range(10)]
print("ten:", weakref.getweakrefcount(o))
del many[::2]
print("five:", weakref.getweakrefcount(o))
many = None
print("zero:", weakref.getweakrefcount(o))

# after the referent dies its count is unknowable, but the refs report dead
o2 = C()
keep = [weakref.ref(o2, cb), weakref.proxy(o2, cb)]
print("o2 count:", weakref.getweakrefcount(o2))
del o2
print("refs dead:", keep[0]() is None)

# counts per object are independent
a, b = C(), C()
ra = weakref.ref(a)
rb1, rb2 = weakref.ref(b, cb), weakref.ref(b, cb)
print("a:", weakref.getweakrefcount(a), "b:", weakref.getweakrefcount(b))

# proxy(o) is proxy(o); proxies with callbacks are new; refs and proxies are separate
import weakref

class C:
    pass

def cb(w):
    print("callback, arg type:", type(w).__name__)

o = C()
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print("proxy(o) is proxy(o):", p1 is p2)
print("proxy(o, None) is proxy(o):", weakref.proxy(o, None) is p1)
pc1 = weakref.proxy(o, cb)
pc2 = weakref.proxy(o, cb)
print("callback proxies new:", pc1 is p1, pc1 is pc2)
r = weakref.ref(o)
print("ref is not proxy:", r is not p1)
print("count:", weakref.getweakrefcount(o))
del p1, p2
print("count after dropping canonical proxy:", weakref.getweakrefcount(o))
p3 = weakref.proxy(o)
print("new canonical proxy is a callback proxy:", p3 is pc1 or p3 is pc2)
print("count:", weakref.getweakrefcount(o))

# callable objects: the canonical callable proxy
def f():
    return "f"
fp1 = weakref.proxy(f)
fp2 = weakref.proxy(f)
print("callable canonical:", fp1 is fp2, fp1())

print("deleting o")
del o
print("end")

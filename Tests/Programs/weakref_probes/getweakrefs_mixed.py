# getweakrefcount/getweakrefs with refs, proxies, callable proxies, subclasses and callbacks: order and canonical sharing
import weakref
class C:
    def __call__(self): pass
class Sub(weakref.ref): pass
def kinds(o):
    out = []
    for w in weakref.getweakrefs(o):
        if type(w) is weakref.ref:
            out.append("ref" + ("+cb" if w.__callback__ else ""))
        elif type(w) in weakref.ProxyTypes:
            out.append(type(w).__name__)
        else:
            out.append(type(w).__name__)
    return out
o = C()
cb = lambda w: None
r_cb = weakref.ref(o, cb)
p_cb = weakref.proxy(o, cb)
s1 = Sub(o)
r = weakref.ref(o)
p = weakref.proxy(o)
r2 = weakref.ref(o)
p2 = weakref.proxy(o)
print(r is r2, p is p2, weakref.getweakrefcount(o))
print(kinds(o))
print(weakref.getweakrefs(o)[0] is r, weakref.getweakrefs(o)[1] is p)
del r, r2
print(weakref.getweakrefcount(o), kinds(o))
r3 = weakref.ref(o)
print(kinds(o))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1), weakref.getweakrefs(None))
try:
    weakref.getweakrefcount()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.getweakrefs(o, o)
except TypeError as e:
    print("TypeError", e)
del o
print(weakref.getweakrefcount(p), r3())

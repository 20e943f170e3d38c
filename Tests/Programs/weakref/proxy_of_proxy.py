# Proxies and refs to proxies are refused; ref/proxy of a ref are refused too
import weakref

class C:
    def __init__(self, n):
        self.n = n

o = C(1)
p = weakref.proxy(o)
f = weakref.proxy(len)
r = weakref.ref(o)
for label, target in [("proxy", p), ("callable proxy", f), ("ref", r)]:
    for maker in (weakref.proxy, weakref.ref):
        try:
            maker(target)
            print(maker.__name__, "of", label, "ok")
        except TypeError as e:
            print(maker.__name__, "of", label, "TypeError:", e)
try:
    weakref.WeakMethod(p)
except TypeError as e:
    print("WeakMethod of proxy TypeError:", e)

# a ref subclass instance can be proxied (it has __weakref__)
class R(weakref.ref):
    pass
rr = R(o)
pr = weakref.proxy(rr)
print("proxy of ref subclass:", type(pr).__name__, pr().n)
del rr
try:
    pr()
except ReferenceError as e:
    print("ReferenceError:", e)
print("getweakrefcount(p):", weakref.getweakrefcount(p))

# The weakref types: names, modules, identities and isinstance checks
import weakref

class C:
    def __call__(self):
        return "called"

o = C()
r = weakref.ref(o)
p = weakref.proxy(o)
print("ReferenceType is ref:", weakref.ReferenceType is weakref.ref)
print("type(r) is ref:", type(r) is weakref.ref)
print("type(r).__name__:", type(r).__name__)
print("type(r).__qualname__:", type(r).__qualname__)
print("type(r).__module__:", type(r).__module__)
print("type(r):", type(r))
print("ref:", weakref.ref)
print("isinstance(r, ref):", isinstance(r, weakref.ref))
print("callable(r):", callable(r))
print("type(p):", type(p))
print("type(p).__name__:", type(p).__name__)
print("type(p) is CallableProxyType:", type(p) is weakref.CallableProxyType)
print("ProxyType:", weakref.ProxyType)
print("CallableProxyType:", weakref.CallableProxyType)
print("ProxyTypes:", weakref.ProxyTypes)
print("type(ProxyTypes):", type(weakref.ProxyTypes).__name__)
print("len(ProxyTypes):", len(weakref.ProxyTypes))
print("isinstance(p, ProxyTypes):", isinstance(p, weakref.ProxyTypes))
print("isinstance(r, ProxyTypes):", isinstance(r, weakref.ProxyTypes))
print("proxy is a function:", type(weakref.proxy).__name__)
print("getweakrefcount type:", type(weakref.getweakrefcount).__name__)
print("WeakMethod subclass of ref:", issubclass(weakref.WeakMethod, weakref.ref))
print("WeakMethod name:", weakref.WeakMethod.__name__, weakref.WeakMethod.__module__)
print("ref subclass of object:", issubclass(weakref.ref, object))
print("ref mro:", weakref.ref.__mro__)
print("proxy types subclassable?")
for t in weakref.ProxyTypes:
    try:
        class Sub(t):
            pass
        print(" ", t.__name__, "subclassed")
    except TypeError as e:
        print(" ", t.__name__, "TypeError:", e)

# Which weakref types can be subclassed; subclass behaviour of finalize and ref with __eq__/__hash__ overrides
import weakref
for base in (weakref.ProxyType, weakref.CallableProxyType, weakref.ref, weakref.KeyedRef, weakref.WeakMethod,
             weakref.finalize, weakref.WeakSet, weakref.WeakKeyDictionary, weakref.WeakValueDictionary):
    try:
        T = type("T", (base,), {})
        print(base.__name__, "subclassable")
    except TypeError as e:
        print(base.__name__, "TypeError:", e)
class Fin(weakref.finalize):
    def __init__(self, obj, tag):
        super().__init__(obj, print, "Fin fired", tag)
        self.tag = tag
class O: pass
o = O()
f = Fin(o, "t1")
print(f.tag, f.alive, isinstance(f, weakref.finalize))
del o
print(f.alive)
class EqRef(weakref.ref):
    def __eq__(self, other): return True
    def __hash__(self): return 0
a, b = O(), O()
e1, e2 = EqRef(a), EqRef(b)
print(e1 == e2, hash(e1), {e1: 1}[e2], weakref.ref(a) == e1)

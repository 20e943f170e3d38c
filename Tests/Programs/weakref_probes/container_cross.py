# Two hashable WeakSet subclasses containing each other; WKD keyed by a WeakSet subclass
import weakref
class HS(weakref.WeakSet):
    __hash__ = object.__hash__
a, b = HS(), HS()
a.add(b); b.add(a)
print(len(a), len(b))
del b
print(len(a))
class O: pass
o = O()
inner = HS([o])
outer = weakref.WeakKeyDictionary({inner: "inner"})
print(len(outer), outer[inner])
del o
print(len(inner), len(outer))
del inner
print(len(outer))
print(HS() == HS(), hash(HS()) is not None)

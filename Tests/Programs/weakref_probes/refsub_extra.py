# ref subclasses with extra attributes, __slots__, custom __call__, __init__ signatures and callbacks
import weakref
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
    def __repr__(self):
        return "Tagged(%s, alive=%s)" % (self.tag, self() is not None)
class Slotted(weakref.ref):
    __slots__ = ("meta",)
    def __new__(cls, ob, meta):
        self = super().__new__(cls, ob)
        self.meta = meta
        return self
    def __init__(self, ob, meta):
        super().__init__(ob)
class Deref(weakref.ref):
    def __call__(self):
        v = super().__call__()
        return "dead" if v is None else "alive"
class O: pass
o = O()
events = []
t = Tagged(o, lambda w: events.append(w.tag), tag="T1")
s = Slotted(o, {"k": 1})
dr = Deref(o)
print(repr(t), s.meta, dr())
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(t, "__dict__"), hasattr(s, "__dict__"), t.__dict__)
print(isinstance(t, weakref.ref), type(t).__name__, type(t).__mro__[1] is weakref.ref)
print(weakref.getweakrefcount(o))
print(t == weakref.ref(o), t is weakref.ref(o), s == t)
print(sorted(type(x).__name__ for x in weakref.getweakrefs(o)))
del o
print(events, repr(t), dr(), s())
print(t.tag, s.meta)
try:
    Tagged(1)
except TypeError as e:
    print("TypeError", e)

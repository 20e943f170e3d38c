# ref subclasses with __slots__: no __dict__, slot attributes only
import weakref

class SlotRef(weakref.ref):
    __slots__ = ("key",)
    def __init__(self, ob, callback=None, key=None):
        super().__init__(ob, callback)
        self.key = key

class C:
    pass

o = C()
s = SlotRef(o, None, key="k1")
print("key:", s.key)
print("has __dict__:", hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError:", e)
s.key = "k2"
print("key changed:", s.key)
print("call:", s() is o)

class SlotRefWeak(weakref.ref):
    __slots__ = ("key", "__weakref__")
sw = SlotRefWeak(o)
print("unset slot:", hasattr(sw, "key"))
try:
    sw.key
except AttributeError as e:
    print("AttributeError:", e)
sw.key = 5
rr = weakref.ref(sw)
print("ref to slot ref works:", rr() is sw, rr().key)

def cb(w):
    print("callback gets SlotRef with key", w.key)
o2 = C()
s2 = SlotRef(o2, cb, key="from-slot")
del o2
print("end")

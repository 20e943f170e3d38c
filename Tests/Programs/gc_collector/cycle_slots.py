# Cycles through __slots__ attributes (with and without __weakref__) are traversed and collected
import gc, weakref

events = []
class Slotted:
    __slots__ = ("name", "other", "__weakref__")
    def __init__(self, name):
        self.name = name
        self.other = None

class SlottedDel:
    __slots__ = ("name", "other")
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        events.append(getattr(self, "name", "?") + " -> " + getattr(self.other, "name", "?"))

a = Slotted("a"); b = Slotted("b")
a.other = b; b.other = a
wa, wb = weakref.ref(a), weakref.ref(b)
del a, b
print("alive:", wa() is not None, wb() is not None)
gc.collect()
print("after collect:", wa() is None, wb() is None)

x = SlottedDel("x"); y = SlottedDel("y")
x.other = y; y.other = x
del x, y
print("collecting slotted pair with __del__")
gc.collect()
print(sorted(events))
events.clear()

# slots holding a list that holds the object
s = Slotted("list-holder")
s.other = [s, {"again": s}]
ws = weakref.ref(s)
del s
gc.collect()
print("slotted via list collected:", ws() is None)

# a subclass with __dict__ on top of slots
class Mixed(Slotted):
    pass
m = Mixed("mixed")
m.extra = m
m.other = m
wm = weakref.ref(m)
del m
gc.collect()
print("mixed collected:", wm() is None)

# an emptied slot does not confuse the collector
e = SlottedDel("e")
e2 = SlottedDel("partner")
e2.other = e
e.other = e2
del e.name
del e, e2
gc.collect()
print(sorted(events))

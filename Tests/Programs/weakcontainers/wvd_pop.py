# WeakValueDictionary.pop with and without default, on missing and dead entries; KeyError messages
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

objs = [Obj(n) for n in "abc"]
d = weakref.WeakValueDictionary({o.name: o for o in objs})
print("pop('b'):", d.pop("b"), list(d.items()))
print("pop('b', 'dflt'):", d.pop("b", "dflt"))
print("pop('q', None):", d.pop("q", None))
try:
    d.pop("b")
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d.pop(("t", 1))
except KeyError as e:
    print("KeyError tuple:", e)
try:
    d.pop([1])
except TypeError as e:
    print("TypeError:", e)
try:
    d.pop([1], "dflt")
except TypeError as e:
    print("TypeError with default:", e)
try:
    d.pop()
except TypeError as e:
    print("no argument:", type(e).__name__)
print("pop('zz', 1, 2):", d.pop("zz", 1, 2))
print("left:", list(d.items()))

# __slots__ classes are weakly referenceable only with a '__weakref__' slot (or an inherited one)
import weakref

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

class EmptySlots:
    __slots__ = ()

class Plain:
    pass

class SlotsUnderPlain(Plain):
    __slots__ = ("b",)

class SlotsUnderWithWeak(WithWeak):
    __slots__ = ("b",)

class PlainUnderNoWeak(NoWeak):
    pass

class SlotsUnderNoWeak(NoWeak):
    __slots__ = ("c",)

class AddWeakLater(NoWeak):
    __slots__ = ("__weakref__",)

for cls in [NoWeak, WithWeak, EmptySlots, Plain, SlotsUnderPlain, SlotsUnderWithWeak,
            PlainUnderNoWeak, SlotsUnderNoWeak, AddWeakLater]:
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "-> ok:", r() is obj, "has __weakref__ attr:", hasattr(obj, "__weakref__"))
    except TypeError as e:
        print(cls.__name__, "-> TypeError:", e)

# __weakref__ attribute shows the first (canonical) ref, or None
w = WithWeak()
print("__weakref__ before:", w.__weakref__)
r = weakref.ref(w)
print("__weakref__ is r:", w.__weakref__ is r)
rc = weakref.ref(w, lambda x: None)
print("__weakref__ still r:", w.__weakref__ is r)
del r
print("__weakref__ now the callback ref:", w.__weakref__ is rc)
p = Plain()
print("plain __weakref__ None:", p.__weakref__)
try:
    p.__weakref__ = 5
except AttributeError as e:
    print("AttributeError:", e)

# duplicate __weakref__ slot is an error
try:
    class Dup(WithWeak):
        __slots__ = ("__weakref__",)
    print("Dup created")
except TypeError as e:
    print("Dup TypeError:", e)

# death of a slotted object fires callbacks
s = WithWeak()
s.a = "payload"
rs = weakref.ref(s, lambda w: print("slotted object died"))
del s
print("end")

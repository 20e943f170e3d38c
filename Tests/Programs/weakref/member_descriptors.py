# __callback__ and KeyedRef.key are member descriptors: __callback__ is read-only, key writable;
# duplicate __dict__/__weakref__ slots and slots on int/tuple subclasses are refused
import weakref

print(type(weakref.ref.__callback__).__name__, weakref.ref.__callback__)
print(weakref.KeyedRef.key)

class C:
    pass

o = C()
r = weakref.ref(o, lambda w: None)
for action in ("set", "del"):
    try:
        if action == "set":
            r.__callback__ = None
        else:
            del r.__callback__
    except AttributeError as e:
        print(action, "AttributeError:", e)

k = weakref.KeyedRef(o, None, "first")
k.key = "second"
print("key now:", k.key)

for bases, slots in [((C,), ("__dict__",)), ((C,), ("__weakref__",)), ((), ("__weakref__", "__weakref__")),
                     ((), ("__dict__", "__dict__")), ((tuple,), ("__weakref__",)), ((int,), ("x",)),
                     ((tuple,), ()), ((list,), ("__weakref__",))]:
    try:
        T = type("T", bases, {"__slots__": slots})
        print([b.__name__ for b in bases], slots, "ok")
    except TypeError as e:
        print([b.__name__ for b in bases], slots, "TypeError:", e)

class A:
    pass
class B(A):
    pass
b = B()
try:
    b.__weakref__ = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.__weakref__
except AttributeError as e:
    print("AttributeError:", e)

class Liar:
    @property
    def __class__(self):
        return int
print("isinstance through __class__:", isinstance(Liar(), int), isinstance(Liar(), Liar))

# Assigning __name__ or __qualname__ to a class renames it; instances do not see the name.
import weakref


class Renamed:
    pass


Renamed.__name__ = "NewName"
r = Renamed()
print(Renamed.__name__, Renamed.__qualname__, hasattr(r, "__name__"), "__name__" in Renamed.__dict__)
print(repr(weakref.ref(r)).split(";")[1].split(" at ")[0])
print(repr(weakref.proxy(r)).split(" to ")[1].split(" at ")[0])
Renamed.__qualname__ = "Outer.NewName"
print(Renamed, Renamed.__qualname__, type(r).__name__)
for value in (3, None):
    for attribute in ("__name__", "__qualname__"):
        try:
            setattr(Renamed, attribute, value)
        except TypeError as e:
            print("TypeError", e)
try:
    del Renamed.__name__
except TypeError as e:
    print("TypeError", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError", e)


class Sub(Renamed):
    pass


print(Sub.__name__, [c.__name__ for c in Sub.__mro__])

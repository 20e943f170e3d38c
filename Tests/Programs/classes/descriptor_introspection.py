# A class's __dict__ and __weakref__ attributes and its __slots__ members name themselves
# and their class.
class PW:
    __slots__ = ("x", "__weakref__")


class Q:
    pass


for d in (PW.__dict__["__weakref__"], Q.__dict__["__dict__"], Q.__dict__["__weakref__"], PW.__dict__["x"]):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, repr(d.__doc__))
print(type(PW.__dict__["x"]).__name__, type(Q.__dict__["__dict__"]).__name__)


class Named:
    __name__ = "for instances"


print(Named.__name__, Named().__name__, Named.__qualname__)

def describe(self):
    return f"<{type(self).__name__} {self.__dict__}>"


Point = type("Point", (), {"x": 0, "y": 0, "describe": describe, "__repr__": describe})
p = Point()
p.x = 5
print(p, Point.__name__, Point.__bases__, type(Point), p.describe(), Point.y)
Point3 = type("Point3", (Point,), {"z": 1, "__init__": lambda self, z=9: setattr(self, "z", z)})
q = Point3(4)
print(q, isinstance(q, Point), Point3.__mro__, q.z, Point3.z)
Empty = type("Empty", (object,), {})
print(Empty, Empty(), type(Empty()).__name__) if False else print(Empty.__name__, type(Empty()).__name__)
print(type(3), type("s"), type([]), type(type), type(None), type(print), type(len).__name__)
print(type(3) is int, type(True) is bool, type(1.0).__name__, int.__name__, type.__name__)
try:
    type("Bad", (3,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def add_eq(cls):
    cls.__eq__ = lambda self, other: type(self) is type(other) and vars(self) == vars(other)
    cls.__hash__ = lambda self: hash(tuple(sorted(vars(self).items())))
    return cls


@add_eq
@add_repr
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


print(Pair(1, "x"), Pair(1, 2) == Pair(1, 2), Pair(1, 2) == Pair(2, 1), len({Pair(1, 2), Pair(1, 2)}))


def dataclass_like(cls):
    fields = list(cls.__annotations__)

    def __init__(self, *args):
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            setattr(self, name, getattr(cls, name))
    cls.__init__ = __init__
    cls.__repr__ = lambda self: f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return cls


@dataclass_like
class Item:
    name: str
    qty: int = 0
    price: float = 1.0


print(Item("pen"), Item("ink", 3), Item("cap", 1, 2.5), Item.__annotations__)
g = {"__builtins__": None}
print(vars(Pair(1, 2)), sorted(n for n in dir(Pair(1, 2)) if not n.startswith("__")))
try:
    vars(3)
except TypeError as e:
    print("TypeError:", e)


class WithClassAttrs:
    a = 1
    b = a + 1
    c = [a, b]

    def method(self):
        return self.a

    del b


print(sorted(k for k in WithClassAttrs.__dict__ if not k.startswith("__")), WithClassAttrs.c)
print(hasattr(WithClassAttrs, "b"), "method" in dir(WithClassAttrs), WithClassAttrs.__dict__["a"])
WithClassAttrs.d = "added later"
w = WithClassAttrs()
print(w.d, w.method(), WithClassAttrs.method(w), type(WithClassAttrs.__dict__).__name__)
w.a = 100
print(w.a, WithClassAttrs.a, w.method())
del w.a
print(w.a)


class Meta_free:
    counter = 0

    def __init__(self):
        type(self).counter += 1


Meta_free(), Meta_free()
print(Meta_free.counter)
x = 10
print(sorted(k for k in globals() if not k.startswith("__"))[:6])


def local_view(a, b=2):
    c = a + b
    return sorted(locals().items())


print(local_view(1))
print(eval_like := "no eval", isinstance(globals(), dict), globals()["x"])

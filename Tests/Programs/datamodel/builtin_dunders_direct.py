class Flags(int):
    def __or__(self, other):
        return Flags(super().__or__(other))

    def __and__(self, other):
        return Flags(super().__and__(other))

    def __invert__(self):
        return Flags(super().__invert__() & 0xFF)

    def __repr__(self):
        return f"Flags({int(self):#04x})"


READ, WRITE, EXEC = Flags(1), Flags(2), Flags(4)
perms = READ | WRITE
print(perms, perms & WRITE, perms & EXEC, ~perms, type(perms | 8).__name__, bool(perms & EXEC))
print((12).__and__(10), (12).__or__(3), (12).__xor__(5), (1).__lshift__(10), (1024).__rshift__(3), (5).__invert__())
print((17).__divmod__(5), (17).__rdivmod__(100), (7.5).__divmod__(2), (3).__rand__(5), (2).__rlshift__(1))
print((3).__and__(1.5), (1.5).__add__(1), (2).__add__("x"))


class Tags(set):
    def __or__(self, other):
        return Tags(super().__or__(other))

    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


t = Tags({"a", "b"}) | {"c"}
print(t, type(t).__name__, set.__or__({1}, {2}), set.__and__({1, 2}, {2, 3}), set.__sub__({1, 2}, {2}), set.__xor__({1}, {2}))
print(set.__or__({1}, [2]), frozenset.__or__(frozenset({1}), {3}))
s = {1, 2, 3}
r = s.__ior__({4})
print(r is s, s, s.__isub__({1}), s.__iand__({2, 3, 4, 9}), s.__ixor__({2, 100}))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __add__(self, other):
        return Point(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Point(*(a * k for a in self))


p = Point(1, 2) + Point(10, 20)
print(p, type(p).__name__, p * 3, tuple.__add__((1,), (2,)), tuple.__mul__((0, 1), 2), (1, 2).__rmul__(2))
try:
    tuple.__add__((1,), [2])
except TypeError as e:
    print("TypeError:", e)
it = iter([10, 20, 30])
print(it.__next__(), next(it), it.__iter__() is it, it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration from __next__")
for make in (lambda: enumerate("ab"), lambda: zip("ab", "cd"), lambda: map(str.upper, "ab"), lambda: reversed([1, 2]),
             lambda: iter({"k": 1}), lambda: iter({"k": 1}.items()), lambda: iter(range(3)), lambda: filter(None, [0, 5])):
    i = make()
    print(type(i).__name__, i.__next__(), iter(i) is i)


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"


class SubRegistry(Registry):
    pass


print(Registry["x"], SubRegistry[1, 2])
err = ValueError("base message")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__, str(err), err.args)
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("while looking up config")
        raise
except KeyError as e:
    print(repr(e), e.__notes__)

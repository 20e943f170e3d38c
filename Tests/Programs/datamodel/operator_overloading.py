class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vector(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("  (radd)", end=" ")
        return self + other

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vector(self.y, self.x)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iadd__(self, other):
        print("  (iadd)", end=" ")
        self.x += other.x
        self.y += other.y
        return self

    def __round__(self, n=None):
        return Vector(round(self.x, n), round(self.y, n))

    def __index__(self):
        raise TypeError("vectors are not indices")


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, a + 1, 1 + a)
print(-a, +a, abs(b), ~a, b / 2, b // 2, b % 2)
print(a == Vector(1, 2), a != b, a < b, b <= a, a > b, b >= a)
print(sorted([b, a, Vector(0, 1)]), max(a, b), min([a, b]))
print(sum([a, b, Vector(5, 5)]), sum([a, b], Vector()))
print(list(a), a[0], a[-1], tuple(b), dict([a, b]))
x, y = b
print(x, y, bool(Vector()), bool(a), round(Vector(1.26, 2.71), 1))
c = a
c += b
print(c, a, c is a)
print({a: "a", Vector(1, 2): "same"}, len({a, Vector(4, 6)}))
for bad in [lambda: a - 1, lambda: a * "s", lambda: "s" + a, lambda: a @ b, lambda: a < 3]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    [1, 2, 3][a]
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other * 100
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Money):
            return self.cents < other.cents
        return NotImplemented

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


print(Money(500) == 5, 5 == Money(500), Money(1) == "x", Money(1) != Money(2))
print(Money(100) > Money(50), Money(3) < Money(4))
print(sorted([Money(300), Money(5), Money(120)]))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)


class Reverser:
    def __init__(self, v):
        self.v = v

    def __rsub__(self, other):
        return f"{other} - {self.v} (reflected)"

    def __rtruediv__(self, other):
        return f"{other} / {self.v} (reflected)"

    def __rpow__(self, other):
        return f"{other} ** {self.v} (reflected)"

    def __rlshift__(self, other):
        return "rlshift"

    def __rand__(self, other):
        return "rand"

    def __ror__(self, other):
        return "ror"

    def __rxor__(self, other):
        return "rxor"

    def __rfloordiv__(self, other):
        return "rfloordiv"

    def __rmod__(self, other):
        return "rmod"

    def __rmatmul__(self, other):
        return "rmatmul"

    def __rrshift__(self, other):
        return "rrshift"


r = Reverser("R")
print(10 - r, 2.5 / r, 2 ** r, 1 << r, 1 & r, 1 | r, 1 ^ r, 1 // r, 1 % r, 1 @ r, 1 >> r)
print("%s" % "x", "abc" % () if False else "skip")


class Sub(Vector):
    def __radd__(self, other):
        return "Sub.__radd__ wins"


print(Vector(1, 1) + Sub(2, 2))

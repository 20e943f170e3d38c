# Classes and the data model: operators, equality and hashing, iteration, repr, properties.
import math


class Vector:
    """A 2-D vector with value semantics."""

    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)


class Polygon:
    def __init__(self, *points):
        self.points = list(points)

    def __len__(self):
        return len(self.points)

    def __getitem__(self, i):
        return self.points[i]

    @property
    def perimeter(self):
        pairs = zip(self.points, self.points[1:] + self.points[:1])
        return sum(abs(b + (-1) * a) for a, b in pairs)


v = Vector(3, 4)
w = Vector(1, -2)
print(v, w, v + w, 2 * v, v * 0.5)
print(abs(v), bool(Vector(0, 0)), list(v), tuple(w))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}))
x, y = v + w
print(f"unpacked: x={x} y={y}")

square = Polygon(Vector(0, 0), Vector(0, 2), Vector(2, 2), Vector(2, 0))
print(len(square), square[1], square[-1], f"perimeter {square.perimeter:.1f}")
print([p for p in square if p.x])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)

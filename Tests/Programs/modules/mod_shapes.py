"""Shapes helper module."""
import math

__all__ = ["Circle", "Square", "area_sum"]
created = []
_hidden = "private"


class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __repr__(self):
        return f"{type(self).__name__}()"


class Circle(Shape):
    def __init__(self, r):
        self.r = r
        created.append(self)

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side
        created.append(self)

    def area(self):
        return self.side ** 2


def area_sum(shapes):
    return sum(s.area() for s in shapes)


def helper():
    return __name__


print("mod_shapes loaded as", __name__)

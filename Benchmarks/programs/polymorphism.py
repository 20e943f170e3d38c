# Polymorphic method calls over a heterogeneous list, inheritance and super().
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        return 0.0

    def describe(self):
        return len(self.name)

    def weight(self):
        return self.area() + self.perimeter()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return super().describe() + 1


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2 * math.pi * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(max(s * (s - self.a) * (s - self.b) * (s - self.c), 0.0))

    def perimeter(self):
        return self.a + self.b + self.c


class Dot(Shape):
    def __init__(self):
        super().__init__("dot")

    def area(self):
        return 0.0

    def weight(self):
        return super().weight() + 1.0


def make_shapes(n):
    shapes = []
    for i in range(n):
        k = i % 5
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 11 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        elif k == 2:
            shapes.append(Circle(i % 4 + 0.5))
        elif k == 3:
            shapes.append(Triangle(3, 4, 5 + i % 2))
        else:
            shapes.append(Dot())
    return shapes


def run(shapes, rounds):
    total = 0.0
    names = 0
    for _ in range(rounds):
        for s in shapes:
            total += s.weight()
            names += s.describe()
            if isinstance(s, Rect):
                names += 1
    return total, names


def main():
    shapes = make_shapes(5_000)
    total, names = run(shapes, 800)
    rebuilt = make_shapes(300_000)
    print(f"polymorphism: {total:.4f} {names} {len(rebuilt)}")


main()

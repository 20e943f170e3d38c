import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __str__(self):
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and math.isclose(self.area(), other.area())

    def __hash__(self):
        return hash(round(self.area(), 6))

    def scale(self, k):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scale(self, k):
        return Circle(self.r * k)


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return type(self)(*(x * k for x in self.dims()))

    def dims(self):
        return self.w, self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def dims(self):
        return (self.w,)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def scale(self, k):
        return Triangle(*(x * k for x in self.sides))


shapes = [Circle(1), Rectangle(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s)
print(Shape.count)
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes).name)
print(sum(s.area() for s in shapes) > 20, round(sum(s.perimeter() for s in shapes), 3))
scaled = [s.scale(2) for s in shapes]
print([round(b.area() / a.area(), 6) for a, b in zip(shapes, scaled)])
print(Square(2) == Rectangle(1, 4), Square(2) == Circle(1), Square(3) in shapes, len({Square(2), Rectangle(4, 1)}))
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(isinstance(Square(1), Rectangle), issubclass(Square, Shape), type(Square(1).scale(3)).__name__)
print([type(s).__name__ for s in shapes if isinstance(s, (Circle, Triangle))])
areas = {type(s).__name__: round(s.area(), 2) for s in shapes}
print(areas)

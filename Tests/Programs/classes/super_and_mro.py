class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]

    def who(self):
        return "A"

    @classmethod
    def create(cls):
        return f"create {cls.__name__}"


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")

    def who(self):
        return "B>" + super().who()


class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")

    def who(self):
        return "C>" + super().who()

    @classmethod
    def create(cls):
        return "C:" + super().create()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super(D, self).__init__()
        self.trail.append("D")

    def who(self):
        return "D>" + super().who()

    def skip(self):
        return super(B, self).who()


d = D()
print(d.trail, d.who(), d.skip(), D.create(), C.create())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__.__name__, A.__bases__, object.__bases__)
print(super(C, d).who(), super(D, D).create(), isinstance(super(D, d), super))


class Base:
    def __init__(self, **kwargs):
        self.extra = kwargs

    def greet(self):
        return "hello from Base"


class Mixin:
    def __init__(self, *, mixin_value=None, **kwargs):
        self.mixin_value = mixin_value
        super().__init__(**kwargs)

    def greet(self):
        return "mixin + " + super().greet()


class Final(Mixin, Base):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)


f = Final(mixin_value=1, other=2)
print(f.mixin_value, f.extra, f.greet())


class X:
    pass


class Y:
    pass


try:
    class Bad(X, Y, X):
        pass
except TypeError as e:
    print("TypeError:", e)


class P1(X, Y):
    pass


class P2(Y, X):
    pass


try:
    class Conflict(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4

    def describe(self):
        return super().describe() + " (all equal)"


print([s.describe() for s in (Shape(), Triangle(), Square())])


class Outer:
    def method(self):
        def helper():
            return super(Outer, self).__repr__ is not None
        return helper()


print(Outer().method())


class NoArgs:
    def f():
        return super().x


try:
    NoArgs.f()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)


class Sneaky(A):
    def who(self):
        return super().missing()


try:
    Sneaky().who()
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, label):
        self.label = label


class SubCounter(Counter):
    pass


Counter("a"), SubCounter("b"), SubCounter("c")
print(Counter.instances, SubCounter.instances)
print(issubclass(D, (int, A)), issubclass(bool, int), isinstance(True, (str, int)), isinstance(3, (list, (tuple, int))))
print(type(d) is D, type(d) == D, D.__name__, D.__qualname__, D.__module__, Outer.method.__qualname__)

# staticmethod and classmethod
class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]

    @classmethod
    def name(cls):
        return cls.__name__

print(Counter.add(2, 3), Counter().add(4, 5))
objs = Counter.create(3)
print(len(objs), Counter.instances, type(objs[0]).__name__)
print(Counter.name(), Counter().name())

class SubCounter(Counter):
    pass

made = SubCounter.create(2)
print(type(made[0]).__name__, SubCounter.name(), Counter.instances)

# Alternative constructors
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "Date(%d, %d, %d)" % (self.y, self.m, self.d)

print(Date.from_string("2024-02-29"))
print([y for y in range(1896, 1912) if Date.is_leap(y)])
print(Date.is_leap(2000), Date.is_leap(1900))

# Types of the raw descriptors vs. accessed objects
print(type(Date.__dict__["is_leap"]).__name__)
print(type(Date.__dict__["from_string"]).__name__)
print(type(Date.is_leap).__name__, type(Date.from_string).__name__)
print(Date.from_string.__self__ is Date)

# staticmethod/classmethod created without decorator syntax
class Util:
    def double(x):
        return x * 2
    double = staticmethod(double)
    def kind(cls):
        return "kind of " + cls.__name__
    kind = classmethod(kind)

print(Util.double(8), Util().double("ab"), Util.kind())

# staticmethod objects are callable directly (3.10+)
sm = Util.__dict__["double"]
print(sm(5), callable(sm))

# Calling instance method via class without instance
class Plain:
    def m(self):
        return "m"
try:
    Plain.m()
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.m(Plain()), Plain.m("anything"))

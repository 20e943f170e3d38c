class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    kelvin = property(lambda self: self.celsius + 273.15, doc="Kelvin, read-only")


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius)
for bad in ["hot", -300, None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.kelvin.__doc__, type(Temperature.celsius).__name__)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(t, "celsius"), "_celsius" in vars(t))
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset is not None, Temperature.kelvin.fset)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        self.first, _, self.last = value.partition(" ")

    def __setattr__(self, name, value):
        if name in ("first", "last") and not value:
            raise ValueError(f"{name} must be non-empty")
        super().__setattr__(name, value)


p = Person("Ada", "Lovelace")
print(p.full_name)
p.full_name = "Grace Hopper"
print(p.first, p.last, p.__dict__)
try:
    p.full_name = "Plato"
except ValueError as e:
    print("ValueError:", e)
print(p.__dict__)


class Cached:
    computed = 0

    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            Cached.computed += 1
            self._cache = sum(range(100))
        return self._cache


c = Cached()
print(c.expensive, c.expensive, Cached.computed)


class Base:
    @property
    def kind(self):
        return "base"


class Derived(Base):
    @Base.kind.getter
    def kind(self):
        return "derived:" + super().kind


print(Derived().kind, Base().kind)


class ReadOnly:
    __slots__ = ("_x",)

    def __init__(self, x):
        self._x = x

    x = property(lambda self: self._x)


r = ReadOnly(3)
print(r.x)
try:
    r.x = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.y = 4
except AttributeError as e:
    print("AttributeError:", e)

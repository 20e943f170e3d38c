class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.storage, None)

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(instance, self.storage, value)


class Positive(Typed):
    def __set__(self, instance, value):
        super().__set__(instance, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Item:
    name = Typed(str)
    qty = Positive(int)
    price = Positive(float)

    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty}, {self.price})"


it = Item("widget", 3, 2.5)
print(it, it.qty * it.price, sorted(vars(it)))
for args in [(5, 1, 1.0), ("x", 0, 1.0), ("x", 1, "free"), ("x", -2, 1.0)]:
    try:
        Item(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Item.qty).__name__, Item.qty.name, Item.price.storage)


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, instance, owner):
        return self.value


class Config:
    VERSION = Constant("1.0")


c = Config()
print(c.VERSION, Config.VERSION)
c.VERSION = "override"
print(c.VERSION, Config.VERSION)


class LazyProperty:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, instance, owner):
        if instance is None:
            return self
        value = self.fn(instance)
        instance.__dict__[self.fn.__name__] = value
        return value


class Data:
    calls = 0

    @LazyProperty
    def expensive(self):
        Data.calls += 1
        return [i * i for i in range(5)]


d = Data()
print(d.expensive, d.expensive, Data.calls, "expensive" in vars(d))


class Bound:
    def method(self):
        return self


b = Bound()
m1, m2 = b.method, b.method
print(m1 == m2, m1 is m2, m1.__self__ is b, m1.__func__ is Bound.method, Bound.method(b) is b)

class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq.__hash__, OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)


class EqAndHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)


print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), EqAndHash.__hash__ is not None)


class InheritsHash(EqAndHash):
    pass


print(hash(InheritsHash(5)) == hash(5))


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), p1 is not p2, len({p1, p2, p1}))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


class Both(Sized):
    def __bool__(self):
        return True


print(bool(Sized(0)), bool(Sized(3)), bool(Truthy(False)), bool(Both(0)), bool(Plain()), len(Sized(7)))
print("yes" if Sized(0) else "no", not Sized(2), [x for x in (Sized(0), Sized(1), Truthy(True)) if x].__len__())
print(Sized(0) or "fallback", Truthy(True) and "second", type(Sized(1) and Sized(0) and "never").__name__)
for bad in (Sized(-1), Truthy(1)):
    try:
        bool(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return "3"


try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print(f"  contains({x})", end="")
        return self.lo <= x < self.hi


r = Range(1, 5)
print(3 in r, 7 in r, 0 not in r)


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, *rest, scale=1):
        return [v * self.factor * scale for v in (x, *rest)]


m = Multiplier(3)
print(m(1), m(1, 2, scale=10), callable(m), callable(Multiplier), callable(3), list(map(Multiplier(2), [1, 2])))


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init with", value)
        self.value = value


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(NotMine(), type(NotMine()))


class Registry:
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        print(f"  set {key!r}")
        self._data[key] = value

    def __delitem__(self, key):
        print(f"  del {key!r}")
        del self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __repr__(self):
        return f"Registry({self._data})"


reg = Registry()
reg["a"] = 1
reg["b"] = 2
reg["a"] += 10
del reg["b"]
print(reg, len(reg), list(reg), reg["a"])
try:
    reg["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del Plain()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
print(id(p1) == id(p1), id(p1) != id(p2), isinstance(id(p1), int), isinstance(hash("x"), int))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash("abc") == hash("ab" + "c"), hash(()) == hash(()))
print(type(NotImplemented).__name__, bool(None), None.__class__.__name__, type(...).__name__)

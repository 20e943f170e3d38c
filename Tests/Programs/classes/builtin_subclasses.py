class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

    def __repr__(self):
        return f"DefaultDict({self.factory.__name__}, {dict.__repr__(self)})"


dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, len(dd), "c" in dd, dd.get("c"), sorted(dd.keys()), isinstance(dd, dict))


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] += 1

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]


c = Counter("abracadabra")
print(c.most_common(3), c["z"], c["a"], dict(c) == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, hasattr(ad, "z"), getattr(ad, "z", None))


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict()
ld["HeLLo"] = 1
print(ld["HELLO"], ld, list(ld))


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for i in items:
            self.append(i)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def __add__(self, other):
        return TypedList(self.kind, list(self) + list(other))


tl = TypedList(int, [3, 1, 2])
tl.append(5)
try:
    tl.append("x")
except TypeError as e:
    print("TypeError:", e)
tl.sort()
print(tl, len(tl), tl[0], tl[-1], tl[1:3], type(tl[1:3]).__name__, type(tl + [9]).__name__, tl.kind)
print(tl == [1, 2, 3, 5], sum(tl), sorted(tl, reverse=True), isinstance(tl, list), type(tl).__mro__[1].__name__)


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, repr(s), str(s), bool(s), bool(Stack()))


class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())

    def initials(self):
        return "".join(p[0] for p in self.split())


n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.initials(), n.upper(), type(n.upper()).__name__, isinstance(n, str), n == "Ada Lovelace")
print({n: 1}["Ada Lovelace"], n + "!", type(n + "!").__name__)


class Positive(int):
    def __new__(cls, value):
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Positive({int(self)})"


p = Positive(5)
print(p, repr(p), p + 1, type(p + 1).__name__, p * 2, p == 5, hash(p) == hash(5), [10, 20, 30, 40, 50, 60][p])
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt == (3, 4), tuple(pt), pt + (5,), sorted([Point(2, 1), Point(1, 2)]))
x, y = pt
print(x, y, {pt: "p"}[(3, 4)])


class MyError(KeyError):
    def __str__(self):
        return f"custom: {self.args[0]}"


try:
    raise MyError("k")
except LookupError as e:
    print(e, repr(e), type(e).__mro__[1:3])


class Flags(set):
    def __repr__(self):
        return "Flags(" + ",".join(sorted(self)) + ")"


f = Flags(["b", "a"])
f.add("c")
print(f, len(f), "a" in f, type(f | {"d"}).__name__, sorted(f & {"a", "z"}))


class FloatLike(float):
    def __str__(self):
        return f"~{float(self):.1f}"


fl = FloatLike(2.25)
print(fl, repr(fl), fl * 2, str(fl), f"{fl}", isinstance(fl, float), int(fl))

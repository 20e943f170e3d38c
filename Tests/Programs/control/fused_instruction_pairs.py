# Instruction pairs the VM runs fused (local loads, self.x, compare-and-branch, for loops,
# x += ...) must behave exactly as the separate instructions, including every fallback.
import sys


def unbound_second():
    a = 1
    try:
        return a + b
    except UnboundLocalError as e:
        print("unbound second:", e)
    b = 2


def unbound_first():
    try:
        return c + 1
    except UnboundLocalError as e:
        print("unbound first:", e)
    c = 0


def store_then_unbound():
    x = 5
    try:
        y = x
        print(y, z)
    except UnboundLocalError as e:
        print("store then unbound:", e)
    z = 1


unbound_second()
unbound_first()
store_then_unbound()


# Compare-and-branch: ints, floats, mixed, strings, user objects, errors.
class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Loud.__lt__", self.v, other.v)
        return self.v < other.v

    def __bool__(self):
        raise AssertionError("not used")


def classify(a, b):
    if a < b:
        return "lt"
    if a == b:
        return "eq"
    return "gt"


for a, b in [(1, 2), (2, 2), (3, 2), (1.5, 2), (2.0, 2), (2**70, 2**70 + 1), ("a", "b"), ("b", "b"),
             (float("nan"), 1.0), (True, 1), (None, None)]:
    try:
        print(a, b, classify(a, b))
    except TypeError as e:
        print("TypeError:", e)
print(classify(Loud(1), Loud(2)))


class Truthy:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        return self

    def __bool__(self):
        print("Truthy.__bool__", self.answer)
        return self.answer


if Truthy(False) == 0:
    print("wrong")
else:
    print("Truthy false branch")
if Truthy(True) == 0:
    print("Truthy true branch")


def compare_error():
    x = 1
    if x < "s":
        return 1


try:
    compare_error()
except TypeError as e:
    print("TypeError:", e)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno)


# Jumps into the second half of a pair: while loops whose condition is a compare.
def countdown(n):
    steps = []
    while n > 0:
        steps.append(n)
        n -= 1
    return steps


print(countdown(5))


# for loops: builtin iterators, generators, user iterators, unpacking targets.
def gen(n):
    for i in range(n):
        yield i * i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


total = 0
for x in [1, 2, 3]:
    total += x
for x in (4, 5):
    total += x
for x in range(3):
    total += x
for x in gen(4):
    total += x
for x in Countdown(3):
    total += x
for k in {"a": 1, "b": 2}:
    total += len(k)
for ch in "xyz":
    total += ord(ch)
print("total", total)


def loop_variable_replaced():
    items = [object(), object()]
    last = None
    for item in items:
        last = item
    return last is items[-1]


print(loop_variable_replaced())


# x += y: small numbers fused; lists, strings and user types keep in-place semantics.
def augmented():
    n = 0
    n += 1
    n += 2**62
    n += 2**62
    f = 0.5
    f += 1
    f *= 3
    lst = [1]
    alias = lst
    lst += [2]
    t = (1,)
    t_alias = t
    t += (2,)
    s = "ab"
    for i in range(3):
        s += str(i)
    d = 10
    d //= 3
    d **= 2
    return n, f, alias is lst, lst, t_alias is t, t, s, d


print(augmented())


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


def user_iadd():
    a = Acc()
    b = a
    a += 1
    a += 2
    return a is b, a.items


print(user_iadd())


# self.x loads and stores: plain, slots, properties, __getattr__, __setattr__, class attributes.
class Plain:
    kind = "plain"

    def __init__(self):
        self.x = 1

    def get(self):
        return self.x, self.kind


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 2

    def get(self):
        return self.x


class WithProperty:
    def __init__(self):
        self._x = 3

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, value):
        print("setter", value)
        self._x = value


class Dynamic:
    def __getattr__(self, name):
        return "dynamic " + name

    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


for o in [Plain(), Slotted(), WithProperty(), Dynamic(), Plain()]:
    print(type(o).__name__, read_x(o))
    write_x(o, 7)
    print(type(o).__name__, read_x(o))
print(Plain().get(), Slotted().get())

try:
    read_x(42)
except AttributeError as e:
    print("AttributeError:", e)
try:
    write_x(42, 1)
except AttributeError as e:
    print("AttributeError:", e)


def local_unbound_attribute():
    try:
        return obj.x
    except UnboundLocalError as e:
        print("unbound attribute owner:", e)
    obj = None


def local_unbound_store():
    try:
        obj.x = 1
    except UnboundLocalError as e:
        print("unbound store owner:", e)
    obj = None


local_unbound_attribute()
local_unbound_store()
print(sys.getrefcount(Plain()) >= 1)


# x OP constant, x += constant, x[constant]: numbers fused; everything else as before.
class Vector:
    def __init__(self, *items):
        self.items = list(items)

    def __add__(self, other):
        return Vector(*[x + other for x in self.items])

    def __iadd__(self, other):
        self.items = [x + other for x in self.items]
        return self

    def __getitem__(self, index):
        return ("item", index)

    def __repr__(self):
        return f"Vector{tuple(self.items)}"


def operate(x):
    y = x + 1
    z = x * 2
    w = x % 3 if not isinstance(x, (str, list, Vector)) else None
    return y, z, w


for value in [1, -7, 2**62, 2**63 - 1, 1.5, True, "s", [1], Vector(1, 2)]:
    try:
        print(repr(value), operate(value))
    except TypeError as e:
        print(repr(value), "TypeError:", e)


def increment(x):
    x += 1
    x += 1
    return x


for value in [1, 2**63 - 2, 0.25, Vector(3), [9]]:
    try:
        print(repr(value), increment(value))
    except TypeError as e:
        print(repr(value), "TypeError:", e)


def first(x):
    return x[0], x[-1]


for value in [[1, 2, 3], (4, 5), "xyz", {0: "zero", -1: "minus"}, Vector(), range(3, 9)]:
    print(repr(value), first(value))
for value in [[], "", 5]:
    try:
        first(value)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


# is / is not with a branch.
def check(x):
    out = []
    if x is None:
        out.append("none")
    if x is not None:
        out.append("some")
    if not (x is True):
        out.append("not true")
    return out


for value in [None, True, 0, ""]:
    print(repr(value), check(value))


# String equality with a branch.
def kind(s):
    if s == "even":
        return 0
    if s != "odd":
        return 2
    return 1


class StrLike(str):
    def __eq__(self, other):
        print("StrLike.__eq__")
        return True

    __hash__ = str.__hash__


print([kind(s) for s in ["even", "odd", "other", StrLike("x")]])


# Loops whose back edge takes the next step: continue, nested loops, break, else.
def loops():
    out = []
    for i in range(6):
        if i % 2:
            continue
        for ch in "ab":
            if ch == "b" and i == 4:
                break
            out.append(f"{i}{ch}")
        else:
            out.append("done")
    for item in gen(3):
        out.append(item)
    for item in Countdown(2):
        out.append(item)
    it = iter([1, 2, 3])
    for x in it:
        out.append(x)
        if x == 1:
            out.append(next(it))
    return out


print(loops())

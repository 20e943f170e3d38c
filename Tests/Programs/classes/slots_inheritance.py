# __slots__ combined with inheritance, __dict__ slots and class attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

# Subclass without __slots__ gets a __dict__
class PD(P):
    pass
pd = PD(1, 2)
pd.z = 3
print(pd.z, pd.__dict__)

# Subclass with its own __slots__ stays dict-less
class P3(P):
    __slots__ = ("z",)
p3 = P3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
try:
    p3.w = 4
except AttributeError as e:
    print(type(e).__name__, e)

# __dict__ in slots allows arbitrary attributes
class Flexible:
    __slots__ = ("fixed", "__dict__")
f = Flexible()
f.fixed = 1
f.other = 2
print(f.fixed, f.__dict__)

# Slot names conflicting with class attributes
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)

# Class attributes still readable, but not writable per instance
class WithClassAttr:
    __slots__ = ("a",)
    shared = "class level"
w = WithClassAttr()
print(w.shared)
try:
    w.shared = "instance"
except AttributeError as e:
    print(type(e).__name__, e)

# A single string is one slot name
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only, One.__slots__)

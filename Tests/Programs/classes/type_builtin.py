# type() with one and three arguments
print(type(1), type("s"), type([]), type(None))
print(type(1).__name__, type(3.5).__name__, type(True).__name__, type(type).__name__)
print(type(int), type(type(1)) is type)

class A:
    pass
a = A()
print(type(a) is A, type(a).__name__, type(A).__name__)
print(type(a) == A, type(True) is int, type(True) is bool)

# Three-argument form creates a class
def hello(self):
    return "hello from " + type(self).__name__

Dyn = type("Dyn", (A,), {"x": 5, "hello": hello})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__ == (A,), d.x, d.hello())
print(isinstance(d, A), [c.__name__ for c in Dyn.__mro__])

# Empty bases means (object,)
Plain = type("Plain", (), {})
print(Plain.__bases__ == (object,), Plain.__name__, Plain.__qualname__)
print(Plain.__module__)

# Class name is independent of the variable name
Alias = type("RealName", (), {"__doc__": "made with type"})
print(Alias.__name__, Alias.__doc__)

# Methods added via dict get proper binding
Counter = type("Counter", (), {
    "__init__": lambda self, n=0: setattr(self, "n", n),
    "inc": lambda self: setattr(self, "n", self.n + 1) or self.n,
})
c = Counter(10)
print(c.inc(), c.inc(), c.n)

# Errors
try:
    type("X", "not a tuple", {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)

# type of classes and of type
print(type(Dyn) is type, type(object) is type, isinstance(type, type))
print(isinstance(A, type), isinstance(a, type))

# __class__ assignment between compatible classes
class B:
    def who(self):
        return "B"
class C:
    def who(self):
        return "C"
obj = B()
print(obj.who())
obj.__class__ = C
print(obj.who(), type(obj).__name__)

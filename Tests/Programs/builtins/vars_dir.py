# vars() and dir()
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    _private = 3
    __mangled = 4
    def __init__(self):
        self.inst = "i"
        self._hidden = "h"
    def child_method(self):
        pass
    @property
    def prop(self):
        return 5
    @staticmethod
    def static():
        pass

c = Child()
print(vars(c))
print(c.__dict__ is vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("_")])
print(dir(c) == sorted(dir(c)))
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))

# vars() errors
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)

# dir() without arguments lists local names (sorted)
def scope():
    zeta = 1
    alpha = 2
    return dir()
print(scope())

# Custom __dir__
class Custom:
    def __dir__(self):
        return ["zzz", "aaa", "mmm"]
print(dir(Custom()))

# dir of builtins values (filtered)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])

# vars() inside a function equals locals()
def f(a, b=2):
    c = a + b
    return vars() == locals(), sorted(vars())
print(f(1))

# Modifying vars(obj) changes attributes
vars(c)["added"] = "via vars"
print(c.added)

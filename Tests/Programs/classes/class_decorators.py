# Class decorators
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"))
print([Point(0, 0)])
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B: pass
print(registry)

# Decorator with arguments
def with_attrs(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco
@with_attrs(color="red", size=3)
class Thing: pass
print(Thing.color, Thing.size, Thing().color)

# Decorator replacing the class with something else
def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Config:
    def __init__(self):
        print("Config created once")
c1 = Config()
c2 = Config()
print(c1 is c2, type(c1).__name__)

# Stacked class decorators apply bottom-up
def mark(label):
    def deco(cls):
        cls.marks = getattr(cls, "marks", ()) + (label,)
        return cls
    return deco
@mark("outer")
@mark("inner")
class Marked: pass
print(Marked.marks)

# Descriptors that define only some of __get__/__set__/__delete__: deletion goes through
# __delete__, a data descriptor without __get__ yields to the instance dict, and a descriptor
# without __set__ (or __delete__) refuses that operation.
import weakref


class Tracked:
    """Per-instance values kept in a WeakKeyDictionary, as descriptors often do."""

    def __init__(self):
        self.values = weakref.WeakKeyDictionary()

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return self.values.get(instance, "unset")

    def __set__(self, instance, value):
        self.values[instance] = value

    def __delete__(self, instance):
        print("deleting")
        del self.values[instance]


class C:
    x = Tracked()


c = C()
print(c.x)
c.x = 5
print(c.x, len(C.x.values))
del c.x
print(c.x, len(C.x.values))
c.x = 6
delattr(c, "x")
print(c.x)
c.x = 7
del c
print("instances tracked:", len(C.x.values))


class SetOnly:
    def __set__(self, instance, value):
        print("__set__", value)
        instance.__dict__["s"] = value


class DelOnly:
    def __delete__(self, instance):
        print("__delete__")


class D:
    s = SetOnly()
    d = DelOnly()


d = D()
print(type(D.s).__name__, type(d.s).__name__)
d.s = 5
print(d.s)
for action in (lambda: setattr(d, "d", 1), lambda: delattr(d, "s")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
del d.d
print(type(d.d).__name__)

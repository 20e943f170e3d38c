# weakref docs, introduction: list and dict instances cannot be weakly referenced, but subclasses can;
# tuple and int cannot even when subclassed.
import weakref


class Dict(dict):
    pass


obj = Dict(red=1, green=2, blue=3)  # this object is weak referenceable
r = weakref.ref(obj)
print("r() is obj:", r() is obj, "| contents:", r())


class List(list):
    pass


class Tuple(tuple):
    pass


class Int(int):
    pass


for value in ({"a": 1}, [1, 2], List([1, 2]), (1, 2), Tuple((1, 2)), 7, Int(7)):
    try:
        weakref.ref(value)
        print(type(value).__name__, "can be weakly referenced")
    except TypeError as e:
        print(type(value).__name__, "->", e)
del obj
print("after del obj:", r())

# Subclasses of int and tuple cannot be weakly referenced; other subclasses can
import weakref

class MyInt(int):
    pass
class MyTuple(tuple):
    pass
class MyIntWithSlots(int):
    __slots__ = ()
class MyList(list):
    pass
class MyObject(object):
    pass
class MyIntSub2(MyInt):
    pass

for value in [MyInt(5), MyTuple((1, 2)), MyIntWithSlots(3), MyIntSub2(9),
              MyList([1]), MyObject()]:
    try:
        r = weakref.ref(value)
        print(type(value).__name__, "-> ok:", r() is value)
    except TypeError as e:
        print(type(value).__name__, "-> TypeError:", e)

# instances still behave like their base type
print("MyInt arithmetic:", MyInt(5) + 1)
print("MyTuple length:", len(MyTuple((1, 2, 3))))

# a tuple subclass trying to add __weakref__ slot
try:
    class WeakTuple(tuple):
        __slots__ = ("__weakref__",)
    print("WeakTuple class created")
    try:
        weakref.ref(WeakTuple((1,)))
        print("WeakTuple instance referenced")
    except TypeError as e:
        print("WeakTuple instance TypeError:", e)
except TypeError as e:
    print("WeakTuple class TypeError:", e)

try:
    class WeakInt(int):
        __slots__ = ("__weakref__",)
    print("WeakInt class created")
except TypeError as e:
    print("WeakInt class TypeError:", e)

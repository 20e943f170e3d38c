# Instances of ref subclasses are never shared, and are listed after the canonical ones
import weakref

class MyRef(weakref.ref):
    pass

class Other(weakref.ref):
    pass

class C:
    pass

o = C()
m1 = MyRef(o)
m2 = MyRef(o)
print("MyRef(o) is MyRef(o):", m1 is m2)
canon = weakref.ref(o)
print("canonical is m1:", canon is m1, "is m2:", canon is m2)
print("canonical type:", type(canon).__name__)
o1 = Other(o)
print("Other is MyRef:", o1 is m1)
print("all equal:", m1 == m2 == canon == o1)
print("count:", weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print("order:", [type(x).__name__ for x in refs])
print("first is canonical:", refs[0] is canon)
print("then newest first:", refs[1] is o1, refs[2] is m2, refs[3] is m1)
print("m1():", m1() is o, "o1():", o1() is o)

# a subclass instance with no callback does not become canonical
del refs, canon
print("count:", weakref.getweakrefcount(o))
print("ref(o) is m1:", weakref.ref(o) is m1)
print("types now:", [type(x).__name__ for x in weakref.getweakrefs(o)])
del o
print("dead:", m1(), m2(), o1())

# Examples from the weakref documentation (3.11), transcribed as a script
import weakref
class Object:
    pass
o = Object()
r = weakref.ref(o)
o2 = r()
print(o is o2)
del o, o2
print(r())

class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)
    def __call__(self):
        """Return a pair containing the referent and the number of
        times the reference has been called.
        """
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob
a = Object()
er = ExtendedRef(a, None, color="red", size=3)
print(er()[1], er()[1], er.color, er.size)
del a
print(er())

_id2obj_dict = weakref.WeakValueDictionary()
def remember(obj):
    oid = id(obj)
    _id2obj_dict[oid] = obj
    return oid
def id2obj(oid):
    return _id2obj_dict[oid]
x = Object()
i = remember(x)
print(id2obj(i) is x)
del x
try:
    id2obj(i)
except KeyError:
    print("KeyError after death")

class C:
    def method(self):
        print("method called!")
c = C()
rr = weakref.ref(c.method)
print(rr())
rr = weakref.WeakMethod(c.method)
print(rr() is not None)
rr()()
del c
print(rr())

kenny = Object()
weakref.finalize(kenny, print, "You killed Kenny!")
del kenny

def callback(x, y, z):
    print("CALLBACK")
    return x + y + z
obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
assert f.alive
assert f() == 6
print("CALLBACK done")
assert not f.alive
f()

obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
print(f.detach()[1:] == (callback, (1, 2), {"z": 3}))
newobj, func, args, kwargs = (obj, callback, (1, 2), {"z": 3})
assert not f.alive
f()
print(func(*args, **kwargs))

obj = Object()
weakref.finalize(obj, print, "obj dead or exiting")
del obj
obj = Object()
weakref.finalize(obj, print, "obj dead or exiting")
print("exit now")

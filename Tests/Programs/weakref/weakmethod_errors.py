# WeakMethod rejects anything that is not a bound method
import weakref

class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass

def f():
    pass

c = C()
for label, value in [("function", f), ("unbound function", C.m), ("staticmethod", C.s),
                     ("builtin", len), ("builtin method", [].append), ("class", C),
                     ("instance", c), ("int", 5), ("None", None), ("lambda", lambda: 0)]:
    try:
        weakref.WeakMethod(value)
        print(label, "accepted")
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    weakref.WeakMethod(c.m, None, None)
except TypeError as e:
    print("too many arguments TypeError:", e)
try:
    weakref.WeakMethod(meth=c.m)
    print("keyword meth accepted")
except TypeError as e:
    print("keyword TypeError:", e)

# a bound method of an object that cannot be weakly referenced
class Slotted:
    __slots__ = ()
    def m(self):
        pass
try:
    weakref.WeakMethod(Slotted().m)
except TypeError as e:
    print("unreferenceable self TypeError:", e)

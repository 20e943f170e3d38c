# WeakMethod: calling returns a new bound method equal to the original
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def method(self, suffix=""):
        return "method of " + self.name + suffix

c = C("c")
plain = weakref.ref(c.method)
print("plain ref to bound method (temporary):", plain())
wm = weakref.WeakMethod(c.method)
m1 = wm()
m2 = wm()
print("type of result:", type(m1).__name__)
print("new bound method each call:", m1 is m2)
print("equal to original:", m1 == c.method, m1 == m2)
print("__self__ is c:", m1.__self__ is c)
print("__func__ is C.method:", m1.__func__ is C.method)
print("call:", m1(), wm()("!"))
print("isinstance ref:", isinstance(wm, weakref.ref))
print("type name:", type(wm).__name__)
print("__callback__ is None:", wm.__callback__ is None)
print("weakrefs to c:", weakref.getweakrefcount(c))
print("weakrefs to function:", weakref.getweakrefcount(C.method))

# WeakMethod of a method of a builtin-subclass instance
class L(list):
    def total(self):
        return sum(self)
lst = L([1, 2, 3])
wl = weakref.WeakMethod(lst.total)
print("list subclass method:", wl()())

# classmethods bound to the class
class K:
    @classmethod
    def make(cls):
        return "made by " + cls.__name__
wk = weakref.WeakMethod(K.make)
print("classmethod bound to class:", wk()(), wk().__self__ is K)

# WeakMethods are always new objects, and can be weakly referenced
wm2 = weakref.WeakMethod(c.method)
print("two WeakMethods identical:", wm is wm2, "equal:", wm == wm2)
rwm = weakref.ref(wm)
print("ref to WeakMethod:", rwm() is wm)
try:
    wm.extra = 1
except AttributeError as e:
    print("AttributeError:", e)

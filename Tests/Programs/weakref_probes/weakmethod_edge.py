# WeakMethod edge cases: slotted instances, weakrefs to WeakMethods, WeakMethod as key, repeated deref, subclass attributes
import weakref
class S:
    __slots__ = ("x",)
    def m(self): return "m"
try:
    weakref.WeakMethod(S().m)
except TypeError as e:
    print("TypeError", e)
class C:
    def m(self): return "C.m"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm() is wm(), wm() == wm(), wm()())
wwm = weakref.ref(wm)
print(wwm() is wm)
try:
    wm.extra = 1
except AttributeError as e:
    print("AttributeError", e)
d = {wm: 1}
print(d[weakref.WeakMethod(c.m)])
s = weakref.WeakSet([wm])
print(len(s))
del wm
print(len(s), wwm() is not None)
del d
print(len(s), wwm())
class MyWM(weakref.WeakMethod):
    pass
mw = MyWM(c.m)
print(type(mw).__name__, mw()(), mw == weakref.WeakMethod(c.m))
mw.note = "x"
print(mw.note)
print(weakref.getweakrefcount(c))
del c
print(mw())

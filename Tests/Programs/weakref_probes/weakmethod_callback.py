# WeakMethod callbacks fire when either the instance or the function dies, exactly once
import weakref
events = []
class C:
    def m(self): return "m"
c = C()
wm = weakref.WeakMethod(c.m, lambda w: events.append(("inst died", w is wm, w())))
del c
print(events)
events.clear()
class D:
    pass
def f(self): return "f"
D.f = f
d = D()
wm2 = weakref.WeakMethod(d.f, lambda w: events.append(("func died", w())))
print(wm2()())
del D.f
del f
print(events, wm2())
del d
print(events)
events.clear()
class E:
    def m(self): pass
e = E()
bound = e.m
wm3 = weakref.WeakMethod(bound, lambda w: events.append("e"))
del bound
print(wm3() is not None, events)
del e
print(events)

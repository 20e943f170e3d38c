# Keyword arguments to weakref.ref, its subclasses and WeakMethod: __new__ ignores them, ref.__init__ refuses them.
import weakref
class A:
    def m(self): pass
a = A()
for f in [lambda: weakref.WeakMethod(meth=a.m), lambda: weakref.WeakMethod(a.m, callback=None), lambda: weakref.WeakMethod(a.m, x=1),
          lambda: weakref.WeakMethod(meth=1), lambda: weakref.ref(a, None, 1, x=1), lambda: weakref.ref(a, x=1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class R(weakref.ref): pass
class R2(weakref.ref):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
class R3(weakref.ref):
    def __init__(self, o, cb=None, **k):
        super().__init__(o, cb)
        self.k = k
for f in [lambda: R(a, None, x=1), lambda: R2(a, None, x=1), lambda: R2(a, 1, 2, x=3), lambda: R3(a, None, x=1).k, lambda: R(a, None, 1)]:
    try:
        print(f() is not None)
    except TypeError as e:
        print("TypeError", e)
class WM(weakref.WeakMethod):
    def __init__(self, *a, **kw):
        super().__init__(*a)
try:
    WM(a.m, a=1)
except TypeError as e:
    print("TypeError", e)
print(type(WM(a.m)).__name__)

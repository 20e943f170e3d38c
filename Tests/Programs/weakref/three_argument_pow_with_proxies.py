# pow(a, b, m) with a proxy anywhere: the proxy forwards the call with its referent, as CPython's proxy slot does.
import weakref
class N:
    def __rpow__(self, other, mod=None):
        return "rpow"
class P:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
class F(float): pass
class I(int): pass
n, p, f, i = N(), P(), F(2.0), I(3)
tests = [lambda: pow(2, weakref.proxy(n), 5), lambda: pow(2, 3, weakref.proxy(i)), lambda: pow(weakref.proxy(i), 2, 5),
         lambda: pow(weakref.proxy(f), 2, 3), lambda: pow(f, 2, 3), lambda: pow(weakref.proxy(p), 2, 3), lambda: pow(p, weakref.proxy(i), 3),
         lambda: pow(2, weakref.proxy(i), 5), lambda: pow(2, weakref.proxy(f), 5), lambda: pow(2, n, 5), lambda: 2 ** weakref.proxy(n)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)

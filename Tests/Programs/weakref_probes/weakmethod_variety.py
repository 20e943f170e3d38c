# WeakMethod on classmethod-bound methods, methods of objects with __eq__/__hash__, equality & hash
import weakref
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def get(self): return self.v
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 1
a, b = P(1), P(1)
wa, wb = weakref.WeakMethod(a.get), weakref.WeakMethod(b.get)
print(wa()(), wa() == a.get, wa == wb, hash(wa) == hash(wb))
print(wa == weakref.WeakMethod(a.get), wa != wb)
wc = weakref.WeakMethod(P.cm)
print(wc()(), wc() == P.cm)
try:
    weakref.WeakMethod(P.sm)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(P.get)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod([].append)
except TypeError as e:
    print("TypeError", e)
d = {wa: "a"}
print(d.get(weakref.WeakMethod(a.get)), d.get(wb))
del a
print(wa(), wa == wb, wa == wa, wa != wb)
print(hash(wa) == hash(weakref.WeakMethod(b.get)))
c = P(2)
wm_c = weakref.WeakMethod(c.get)
try:
    del c
    print("hash after death:", hash(wm_c))
except TypeError as e:
    print("TypeError", e)
print(isinstance(wb, weakref.ref), type(wb).__name__, wb.__class__.__mro__[1].__name__)

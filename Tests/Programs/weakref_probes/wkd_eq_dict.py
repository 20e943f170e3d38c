# Equality between weak dicts and plain dicts / other weak dicts
import weakref
class K:
    def __init__(self, n): self.n = n
a, b = K(1), K(2)
d = weakref.WeakKeyDictionary({a: 1, b: 2})
plain = {a: 1, b: 2}
print(d == plain, plain == d, d != plain)
print(d == weakref.WeakKeyDictionary(plain))
print(d == {a: 1}, d == [], d == None)
w = weakref.WeakValueDictionary({1: a, 2: b})
print(w == {1: a, 2: b}, {1: a, 2: b} == w, w == weakref.WeakValueDictionary({1: a, 2: b}))
print(w == d)
e1 = weakref.WeakKeyDictionary()
e2 = weakref.WeakValueDictionary()
print(e1 == {}, e2 == {}, e1 == e2)
try:
    print(d < plain)
except TypeError as e:
    print("TypeError", e)
try:
    print(hash(d))
except TypeError as e:
    print("TypeError", e)

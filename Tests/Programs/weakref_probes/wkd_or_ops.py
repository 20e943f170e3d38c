# | and |= between weak dicts, plain dicts and other weak dicts
import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K%d" % self.n
a, b, c = K(1), K(2), K(3)
d = weakref.WeakKeyDictionary({a: 1, b: 2})
r = d | {c: 3, a: 10}
print(type(r).__name__, sorted((k.n, v) for k, v in r.items()))
r2 = {c: 3, a: 10} | d
print(type(r2).__name__, sorted((k.n, v) for k, v in r2.items()))
r3 = d | weakref.WeakKeyDictionary({c: 30})
print(type(r3).__name__, sorted((k.n, v) for k, v in r3.items()))
d2 = d
d |= [(c, 33)]
print(d is d2, sorted((k.n, v) for k, v in d.items()))
try:
    d | [(c, 1)]
except TypeError as e:
    print("TypeError", e)
try:
    d | 5
except TypeError as e:
    print("TypeError", e)
w = weakref.WeakValueDictionary({1: a})
x = w | {2: b}
print(type(x).__name__, sorted(x))
y = {2: b} | w
print(type(y).__name__, sorted(y))
w |= {3: c}
print(sorted(w))
try:
    w | {4: 4}
except TypeError as e:
    print("TypeError", e)
print(sorted(x), len(x))
del b
print(sorted(x), len(y))

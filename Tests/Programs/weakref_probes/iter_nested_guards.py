# Two simultaneous iterators over a weak container while elements die; errors when adding during iteration
import weakref
class O:
    def __init__(self, n): self.n = n
objs = [O(i) for i in range(4)]
d = weakref.WeakKeyDictionary((o, o.n) for o in objs)
it1 = iter(d)
it2 = iter(d.values())
a = next(it1); b = next(it2)
objs[2] = None
print("len with two guards:", len(d))
rest1 = [k.n for k in it1]
print("after first exhausted:", len(d))
rest2 = list(it2)
print("after both:", len(d), sorted(rest1), sorted(rest2))
del a
objs2 = [O(i) for i in range(3)]
s = weakref.WeakSet(objs2)
try:
    for x in s:
        s.add(O(9))
except RuntimeError as e:
    print("WeakSet RuntimeError:", e)
try:
    for k in d:
        d[O(9)] = 1
except RuntimeError as e:
    print("WKD RuntimeError:", e)
w = weakref.WeakValueDictionary((o.n, o) for o in objs2)
try:
    for k in w:
        w[100 + k] = objs2[0]
except RuntimeError as e:
    print("WVD RuntimeError:", e)
try:
    for k in w:
        del w[k]
except RuntimeError as e:
    print("WVD del RuntimeError:", e)
print(len(w) >= 1)

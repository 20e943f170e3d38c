# update() variants on weak dicts: mappings, weak dicts, pairs, generators, bad elements, kwargs
import weakref
class O:
    def __init__(self, n): self.n = n
a, b, c = O(1), O(2), O(3)
d = weakref.WeakKeyDictionary()
d.update(weakref.WeakKeyDictionary({a: "a"}))
d.update([(b, "b")])
d.update((x, x.n) for x in [c])
print(sorted((k.n, v) for k, v in d.items()))
for bad in ([1], [(a,)], [(a, 1, 2)], [(1, 2)], 5):
    try:
        d.update(bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    d.update({a: 1}, {b: 2})
except TypeError as e:
    print("TypeError", e)
try:
    d.update(a=1)
except TypeError as e:
    print("TypeError", e)
w = weakref.WeakValueDictionary()
w.update({"x": a}, y=b)
w.update([("z", c)])
w.update(weakref.WeakValueDictionary(q=a))
print(sorted(w))
for bad in ([1], [("k",)], [("k", 1)], {"k": 1}):
    try:
        w.update(bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    w.update({}, {})
except TypeError as e:
    print("TypeError", e)
print(sorted(w), w.update() is None)

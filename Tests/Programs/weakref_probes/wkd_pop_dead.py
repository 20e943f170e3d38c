# pop/popitem/setdefault/update/get with dead entries in weak dicts
import weakref
class K:
    def __init__(self, n): self.n = n
ks = [K(i) for i in range(3)]
d = weakref.WeakKeyDictionary({k: k.n for k in ks})
del ks[1:]
print(len(d))
print(d.popitem()[1])
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
k = K(7)
print(d.setdefault(k, 5), d.setdefault(k, 6), d[k])
print(d.pop(k), d.pop(k, "dflt"))
try:
    d.pop(k)
except KeyError as e:
    print("KeyError raised", type(e.args[0]).__name__)
d.update({k: 1}, )
d.update([(ks[0], 2)])
print(sorted(d.values()))
try:
    d.update(x=1)
except TypeError as e:
    print("TypeError", e)
vs = [K(i) for i in range(3)]
w = weakref.WeakValueDictionary()
w.update(a=vs[0], b=vs[1])
w.update({"c": vs[2]})
del vs[0]
print(sorted(w))
print(w.pop("a", "gone"), w.get("a", "nope"))
try:
    w.pop("a")
except KeyError as e:
    print("KeyError", e)
print(w.setdefault("z", vs[0]) is vs[0])
print(w.popitem()[0] in ("b", "c", "z"))
try:
    w.pop()
except TypeError as e:
    print("TypeError", e)

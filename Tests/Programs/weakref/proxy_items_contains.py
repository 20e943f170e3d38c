# Item get/set/delete and `in` through proxies
import weakref

class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("  __getitem__", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("  __delitem__", k)
        del self.data[k]
    def __contains__(self, k):
        print("  __contains__", k)
        return k in self.data

s = Store()
p = weakref.proxy(s)
p["a"] = 1
p["b"] = 2
print("get:", p["a"])
del p["a"]
print("data:", s.data)
print("'b' in p:", "b" in p)
print("'a' in p:", "a" in p)
print("'a' not in p:", "a" not in p)
try:
    p["zzz"]
except KeyError as e:
    print("KeyError:", e)

class D(dict):
    pass
d = D(x=1)
pd = weakref.proxy(d)
pd["y"] = 2
print("dict subclass:", sorted(d.items()), pd["x"], "y" in pd, pd.get("q", "dflt"))
del pd["x"]
print("after del:", dict(d))

class L(list):
    pass
lst = L(range(6))
pl = weakref.proxy(lst)
print("slice:", pl[1:4], pl[::-2])
pl[0] = "zero"
pl[1:3] = ["one"]
del pl[-1]
print("list:", lst, 3 in pl, 99 in pl)

# `in` falls back to iteration when there is no __contains__
class Iter:
    def __iter__(self):
        return iter([1, 2, 3])
it = Iter()
pi = weakref.proxy(it)
print("in via iteration:", 2 in pi, 5 in pi)

class Nothing:
    pass
n = Nothing()
pn = weakref.proxy(n)
for label, fn in [("get", lambda: pn[0]), ("in", lambda: 1 in pn)]:
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    pn[0] = 1
except TypeError as e:
    print("set TypeError:", e)
try:
    del pn[0]
except TypeError as e:
    print("del TypeError:", e)

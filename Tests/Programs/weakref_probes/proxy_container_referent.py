# Proxy to a dict/list subclass: item access, deletion, containment, reversed, slicing, iteration
import weakref
class D(dict): pass
class L(list): pass
d = D(a=1, b=2)
pd = weakref.proxy(d)
pd["c"] = 3
del pd["a"]
print(sorted(pd.items()), len(pd), "b" in pd, "a" in pd, sorted(pd))
print(pd.get("zz", "dflt"), pd.keys() == d.keys())
try:
    pd["missing"]
except KeyError as e:
    print("KeyError", e)
l = L([3, 1, 2])
pl = weakref.proxy(l)
pl.sort()
print(pl[0], pl[-1], pl[1:], list(reversed(pl)), pl * 2, pl + [9])
pl[0:2] = [7]
print(l, len(pl))
del pl[0]
print(l)
print(pl == [2], pl != [2], [2] == pl, pl < [3])
it = weakref.proxy(iter_obj := type("It", (), {"__iter__": lambda s: s, "__next__": lambda s: 42})())
print(next(it), next(it))
print(isinstance(pl, weakref.ProxyType), isinstance(pl, L), isinstance(pl, list), type(pl) is weakref.ProxyType)
try:
    {pl: 1}
except TypeError as e:
    print("TypeError", e)

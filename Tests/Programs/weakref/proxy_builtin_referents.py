# Proxies to instances of builtin subclasses behave like the referent in most contexts
import weakref

class MyList(list):
    pass
class MyDict(dict):
    pass
class MySet(set):
    pass

ml = MyList([3, 1, 2])
pl = weakref.proxy(ml)
pl.append(4)
pl.sort()
print("list:", ml, len(pl), pl[0], pl[-1], pl.index(3), pl.count(1))
print("sum/min/max:", sum(pl), min(pl), max(pl))
print("isinstance list:", isinstance(pl, list), isinstance(pl, MyList))
print("list(pl) copy:", list(pl), list(pl) is ml)

md = MyDict(a=1)
pd = weakref.proxy(md)
pd.update(b=2)
print("dict:", sorted(pd.items()), sorted(pd), pd.keys() == md.keys())
print("setdefault:", pd.setdefault("c", 3), sorted(md))

ms = MySet([1, 2])
ps = weakref.proxy(ms)
ps.add(3)
print("set:", sorted(ms), 2 in ps, len(ps))
print("set ops:", sorted(ps | {9}), sorted(ps & {1, 9}), sorted(ps - {1}), sorted(ps ^ {1, 7}))
ps |= {5}
print("after |=, name bound to:", type(ps).__name__, sorted(ms))

fs = frozenset([1, 2])
pfs = weakref.proxy(fs)
print("frozenset proxy:", sorted(pfs), 1 in pfs, len(pfs), sorted(pfs.union([3])))

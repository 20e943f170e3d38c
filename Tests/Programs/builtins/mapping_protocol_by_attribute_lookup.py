# What dict(), dict.update, {**x} and f(**x) accept as a mapping: anything whose `keys` is found
# by attribute lookup on the object (instance attributes, __getattr__, weak proxies); and
# `n * list_subclass` through list.__rmul__.
import weakref
class M:
    def keys(self): return ['k']
    def __getitem__(self, k): return 'v'
m = M()
print(dict(weakref.proxy(m)))
class D(dict): pass
d = D(a=1)
pd = weakref.proxy(d)
print(dict(pd), {**pd})
r = {}; r.update(pd); print(r)
def f(**kw): return kw
print(f(**pd))
class G:
    def __getattr__(self, name):
        if name == "keys": return lambda: ["z"]
        raise AttributeError(name)
    def __getitem__(self, k): return 1
print(dict(G()))
try:
    {**3}
except TypeError as e: print(e)
try:
    f(**3)
except TypeError as e: print(e)
class L(list): pass
print(3 * L([7]), L([1]) * 2, type(3 * L([7])).__name__)

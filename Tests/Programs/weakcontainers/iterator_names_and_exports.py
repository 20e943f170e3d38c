# The containers' iterators are named after the generator functions CPython runs; weakref.__all__
import weakref

class K:
    pass

k = K()
d = weakref.WeakKeyDictionary({k: 1})
v = weakref.WeakValueDictionary({1: k})
s = weakref.WeakSet([k])
for g in [d.keys(), iter(d), d.values(), d.items(), v.keys(), iter(v), v.values(), v.items(), v.itervaluerefs(), iter(s)]:
    print(repr(g).split(" at ")[0])
print(weakref.__all__)
names = {}
exec_globals = {}
from weakref import *
print("KeyedRef" in dir(), "WeakSet" in dir(), "proxy" in dir())
try:
    reversed(d)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(list(s))) == [k])

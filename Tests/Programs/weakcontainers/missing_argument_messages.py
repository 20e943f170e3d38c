# Missing and surplus arguments to weak container methods name the parameters as CPython does; WeakSet operator aliases
import weakref
class C: pass
d = weakref.WeakKeyDictionary(); v = weakref.WeakValueDictionary(); s = weakref.WeakSet()
for f in [d.get, d.setdefault, d.pop, d.__getitem__, d.__setitem__, d.__delitem__, d.__contains__, d.__eq__, d.__or__, d.__ior__,
          v.get, v.setdefault, v.pop, v.__getitem__, v.__setitem__, v.__delitem__, v.__contains__, v.__or__,
          s.add, s.remove, s.discard, s.union, s.__contains__, s.__eq__, s.__le__, s.issubset, s.__ior__, s.difference_update, s.__and__, s.__isub__]:
    try:
        f()
    except TypeError as e:
        print(e)
for f in [v.__ior__, d.__ror__, s.__ge__, s.__or__, s.__xor__, s.__sub__, s.__lt__, s.__gt__, d.pop, v.pop, d.update, s.update, s.symmetric_difference_update, s.isdisjoint]:
    try:
        f()
    except TypeError as e:
        print(e)
print(weakref.WeakSet.__le__ is weakref.WeakSet.issubset, weakref.WeakSet.__or__.__name__, weakref.WeakSet.__ior__.__name__)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print(e)
try:
    v.pop(1, 2, 3)
except TypeError as e:
    print(e)
try:
    s.add(1, 2)
except TypeError as e:
    print(e)

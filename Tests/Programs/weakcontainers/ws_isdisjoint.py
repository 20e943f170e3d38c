# WeakSet.isdisjoint with WeakSets, sets, lists and generators; unreferenceable elements
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

a, b, c = Elem("a"), Elem("b"), Elem("c")
s = weakref.WeakSet([a, b])
print("[c]:", s.isdisjoint([c]))
print("[b, c]:", s.isdisjoint([b, c]))
print("WeakSet([c]):", s.isdisjoint(weakref.WeakSet([c])))
print("{a}:", s.isdisjoint({a}))
print("generator:", s.isdisjoint(e for e in (c,)))
print("empty:", s.isdisjoint([]), weakref.WeakSet().isdisjoint(s))
print("itself:", s.isdisjoint(s))
print("ints:", s.isdisjoint([1, 2]), s.isdisjoint("abc"))
try:
    s.isdisjoint(5)
except TypeError as e:
    print("isdisjoint(5) TypeError:", e)
t = weakref.WeakSet([c])
del c
print("after c died:", s.isdisjoint(t), len(t))

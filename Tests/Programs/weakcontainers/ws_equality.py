# WeakSet == and != : equal only to WeakSets with the same live elements, never to a plain set
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

class MySet(weakref.WeakSet):
    pass

a, b = Elem("a"), Elem("b")
s = weakref.WeakSet([a, b])
print("== WeakSet same:", s == weakref.WeakSet([b, a]), s != weakref.WeakSet([b, a]))
print("== WeakSet other:", s == weakref.WeakSet([a]), s != weakref.WeakSet([a]))
print("== set:", s == {a, b}, {a, b} == s, s != {a, b})
print("== list:", s == [a, b], "== None:", s == None, "== frozenset:", s == frozenset([a, b]))
print("== itself:", s == s, "== copy:", s == s.copy())
m = MySet([a, b])
print("WeakSet == subclass:", s == m, m == s)
print("empty ones:", weakref.WeakSet() == weakref.WeakSet(), weakref.WeakSet() == set())
t = weakref.WeakSet([a, b, Elem("temp")])
print("temporary already gone:", s == t)
u = weakref.WeakSet([a])
del b
print("after b died:", s == u, len(s))

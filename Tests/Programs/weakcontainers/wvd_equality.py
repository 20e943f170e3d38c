# WeakValueDictionary ==/!= with dicts, other weak dicts and non-mappings
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Obj) and self.name == other.name
    __hash__ = object.__hash__

a, b = Obj("a"), Obj("b")
d = weakref.WeakValueDictionary(a=a, b=b)
print("== dict:", d == {"a": a, "b": b}, {"b": b, "a": a} == d)
print("== dict of equal values:", d == {"a": Obj("a"), "b": Obj("b")})
print("== other values:", d == {"a": b, "b": a}, d != {"a": b, "b": a})
print("== same weak dict type:", d == weakref.WeakValueDictionary(b=b, a=a))
print("== copy:", d == d.copy(), d != d.copy())
print("== WeakKeyDictionary:", d == weakref.WeakKeyDictionary(), weakref.WeakValueDictionary() == weakref.WeakKeyDictionary())
print("== non-mappings:", d == [("a", a), ("b", b)], d == None, d == "ab")
e = weakref.WeakValueDictionary(a=a, b=b, t=Obj("temp"))
print("dead entry ignored:", d == e, len(e))
del b
print("after b died:", d == {"a": a}, d == e)
try:
    d <= e
except TypeError as err:
    print("ordering TypeError:", err)
try:
    hash(d)
except TypeError as err:
    print("hash TypeError:", err)

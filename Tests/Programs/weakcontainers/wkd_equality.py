# WeakKeyDictionary ==/!= with dicts, other weak dicts, and non-mappings (Mapping.__eq__ semantics)
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b = Key("a"), Key("b")
d = weakref.WeakKeyDictionary({a: 1, b: 2})
print("== same dict:", d == {a: 1, b: 2}, {a: 1, b: 2} == d)
print("== dict other order:", d == {b: 2, a: 1})
print("== dict other value:", d == {a: 1, b: 3}, d != {a: 1, b: 3})
print("== smaller dict:", d == {a: 1})
print("== itself:", d == d, d != d)
print("== equal weak dict:", d == weakref.WeakKeyDictionary({b: 2, a: 1}))
print("== copy:", d == d.copy())
print("== empty vs empty:", weakref.WeakKeyDictionary() == weakref.WeakKeyDictionary(), weakref.WeakKeyDictionary() == {})
print("== WeakValueDictionary:", d == weakref.WeakValueDictionary(), weakref.WeakKeyDictionary() == weakref.WeakValueDictionary())
print("== list:", d == [(a, 1), (b, 2)], "== None:", d == None, "== 5:", d == 5)
print("!= list:", d != [(a, 1), (b, 2)])
e = weakref.WeakKeyDictionary({a: 1, b: 2})
del b
print("after b died:", d == e, d == {a: 1}, len(d), len(e))
try:
    print(d < e)
except TypeError as err:
    print("ordering TypeError:", err)
try:
    hash(d)
except TypeError as err:
    print("hash TypeError:", err)

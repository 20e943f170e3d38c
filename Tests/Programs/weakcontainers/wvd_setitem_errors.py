# WeakValueDictionary values that cannot be stored (not weakly referenceable) and keys that cannot be hashed
import weakref

class Obj:
    pass

class ListSub(list):
    pass

class TupleSub(tuple):
    pass

d = weakref.WeakValueDictionary()
for label, value in [("int", 1), ("float", 1.5), ("str", "s"), ("None", None), ("True", True),
                     ("list", []), ("dict", {}), ("tuple", ()), ("object()", object()),
                     ("tuple subclass", TupleSub()), ("range", range(3))]:
    try:
        d["k"] = value
        print(label, "stored")
    except TypeError as e:
        print(label, "TypeError:", e)
keep = []
for label, value in [("list subclass", ListSub()), ("set", {1}), ("frozenset", frozenset()),
                     ("function", len), ("class", Obj), ("instance", Obj())]:
    d[label] = value
    keep.append(value)
    print(label, "stored:", label in d)
for key in ([1], {"a": 1}, {1}, ListSub()):
    try:
        d[key] = Obj
        print("stored under", key)
    except TypeError as e:
        print("key TypeError:", e)
print("len:", len(d), sorted(d))
del keep
print("after dropping the list:", sorted(d))

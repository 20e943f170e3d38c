# WeakValueDictionary | and |= with dicts, pairs and weak dicts; result types; unsupported operands
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

class Cache(weakref.WeakValueDictionary):
    pass

a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary(a=a, b=b)
r = d | {"b": c, "c": c}
print("wvd | dict:", type(r).__name__, list(r.items()), "d:", list(d.items()))
r = {"c": c, "a": b} | d
print("dict | wvd:", type(r).__name__, list(r.items()))
r = d | weakref.WeakValueDictionary(z=c)
print("wvd | wvd:", type(r).__name__, list(r.items()))
r = d | weakref.WeakKeyDictionary({a: b})
print("wvd | wkd:", type(r).__name__, [(k if isinstance(k, str) else "Obj " + k.name, v) for k, v in r.items()])
same = d
d |= {"c": c}
print("|= dict:", d is same, list(d.items()))
d |= [("p", a)]
print("|= pairs:", list(d.items()))
d |= {}
print("|= empty:", len(d))
for label, thunk in [("wvd | list", lambda: d | [("a", a)]), ("list | wvd", lambda: [] | d),
                     ("wvd | 1", lambda: d | 1), ("wvd | dict with int value", lambda: d | {"k": 1})]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
cache = Cache(a=a)
print("subclass | dict:", type(cache | {}).__name__, " dict | subclass:", type({} | cache).__name__)
del c
print("after c died: d", list(d))

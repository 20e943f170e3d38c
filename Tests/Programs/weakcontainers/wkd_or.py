# WeakKeyDictionary | and |= with dicts, pairs and other weak dicts; result types; bad operands
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Registry(weakref.WeakKeyDictionary):
    pass

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2})
r = d | {b: 20, c: 30}
print("wkd | dict:", type(r).__name__, list(r.items()), "d unchanged:", list(d.items()))
r = {c: 30, a: 10} | d
print("dict | wkd:", type(r).__name__, list(r.items()))
r = d | weakref.WeakKeyDictionary({c: 3})
print("wkd | wkd:", type(r).__name__, list(r.items()))
d2 = d
d |= {c: 3}
print("|= dict:", d is d2, list(d.items()))
d |= [(a, "pair")]
print("|= pairs:", list(d.items()))
d |= weakref.WeakKeyDictionary({b: "weak"})
print("|= wkd:", list(d.items()))
for label, thunk in [("wkd | list", lambda: d | [(a, 1)]), ("list | wkd", lambda: [(a, 1)] | d),
                     ("wkd | None", lambda: d | None), ("wkd | 3", lambda: d | 3)]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    d |= 3
except TypeError as e:
    print("|= 3 TypeError:", e)
reg = Registry({a: "r"})
print("subclass | dict:", type(reg | {b: 1}).__name__)
print("dict | subclass:", type({b: 1} | reg).__name__)
r = d | {Key("temp"): 0}
print("temporary key in the result:", len(r), list(r.values()))
del c
print("c died: d", list(d.values()))

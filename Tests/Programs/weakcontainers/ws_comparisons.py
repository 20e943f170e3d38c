# WeakSet issubset/issuperset and <= < >= > against WeakSets, sets and lists
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

a, b, c = Elem("a"), Elem("b"), Elem("c")
s = weakref.WeakSet([a, b])
full = weakref.WeakSet([a, b, c])
same = weakref.WeakSet([b, a])
for label, thunk in [
        ("s.issubset(full)", lambda: s.issubset(full)),
        ("s.issubset([a, b])", lambda: s.issubset([a, b])),
        ("s.issubset([a])", lambda: s.issubset([a])),
        ("s.issuperset([a])", lambda: s.issuperset([a])),
        ("s.issuperset(full)", lambda: s.issuperset(full)),
        ("s <= full", lambda: s <= full), ("s < full", lambda: s < full),
        ("s <= same", lambda: s <= same), ("s < same", lambda: s < same),
        ("full >= s", lambda: full >= s), ("full > s", lambda: full > s),
        ("same > s", lambda: same > s), ("s >= same", lambda: s >= same),
        ("s < [a, b, c]", lambda: s < [a, b, c]), ("s > [a]", lambda: s > [a]),
        ("s <= {a, b}", lambda: s <= {a, b}), ("s >= {c}", lambda: s >= {c}),
        ("{a, b, c} >= s", lambda: {a, b, c} >= s), ("{a} < s", lambda: {a} < s),
        ("s < 5", lambda: s < 5), ("s.issubset([1])", lambda: s.issubset([1])),
        ("s.issubset(5)", lambda: s.issubset(5))]:
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)
del c
print("full after c died:", len(full), "s < full:", s < full, "s <= full:", s <= full, "s >= full:", s >= full)

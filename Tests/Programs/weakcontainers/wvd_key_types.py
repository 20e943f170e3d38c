# WeakValueDictionary keys: equal keys of different types (1, 1.0, True) share an entry; tuples, None, frozensets
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

one, two, three, four = Obj("one"), Obj("two"), Obj("three"), Obj("four")
d = weakref.WeakValueDictionary()
d[1] = one
d[1.0] = two
d[True] = three
print("1, 1.0, True:", list(d.items()), len(d))
print("key kept is the first:", type(list(d)[0]).__name__)
print("one, the replaced value, dies:")
del one
print("  values:", list(d.items()))
d[None] = four
d[(1, "a")] = four
d[frozenset({2})] = four
d["s"] = four
d[-0.0] = two
print("keys:", list(d))
print("0 finds -0.0:", d[0], "frozenset lookup:", d[frozenset([2])])
del four
print("after four died:", list(d.items()))
del two, three
print("all gone:", list(d.items()))

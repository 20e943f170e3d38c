# WeakSet construction from lists, generators, sets, WeakSets, None; duplicates; bad elements
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

def names(ws):
    return sorted(e.name for e in ws)

a, b, c = Elem("a"), Elem("b"), Elem("c")
print("empty:", len(weakref.WeakSet()), names(weakref.WeakSet()))
print("None:", len(weakref.WeakSet(None)))
print("list:", names(weakref.WeakSet([a, b])))
print("duplicates:", len(weakref.WeakSet([a, a, b, a])))
print("generator:", names(weakref.WeakSet(e for e in (c, a))))
print("set:", names(weakref.WeakSet({b, c})))
print("tuple:", names(weakref.WeakSet((a,))))
print("from WeakSet:", names(weakref.WeakSet(weakref.WeakSet([a, c]))))
print("dict keys:", names(weakref.WeakSet({a: 1, b: 2})))
print("temporaries:", len(weakref.WeakSet([Elem("t1"), Elem("t2")])))
for label, arg in [("int", 5), ("list of ints", [1, 2]), ("list with a str", [a, "s"]),
                   ("list of lists", [[1]]), ("list of tuples", [(a,)])]:
    try:
        print(label, names(weakref.WeakSet(arg)))
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    weakref.WeakSet([a], [b])
except TypeError as e:
    print("two arguments TypeError:", e)
try:
    weakref.WeakSet(data=[a])
    print("keyword data= accepted")
except TypeError as e:
    print("keyword TypeError:", e)
print("isinstance set:", isinstance(weakref.WeakSet(), set), "bool:", bool(weakref.WeakSet()), bool(weakref.WeakSet([a])))

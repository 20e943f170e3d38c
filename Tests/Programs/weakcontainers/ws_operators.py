# WeakSet binary operators | & - ^ with WeakSets, sets and lists; result types; reversed operands
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

def show(label, thunk):
    try:
        r = thunk()
        if isinstance(r, weakref.WeakSet):
            print(label, "-> WeakSet", sorted(e.name for e in r))
        else:
            print(label, "->", r)
    except TypeError as e:
        print(label, "-> TypeError:", e)

a, b, c = Elem("a"), Elem("b"), Elem("c")
s = weakref.WeakSet([a, b])
t = weakref.WeakSet([b, c])
show("s | t", lambda: s | t)
show("s & t", lambda: s & t)
show("s - t", lambda: s - t)
show("s ^ t", lambda: s ^ t)
show("s | [c]", lambda: s | [c])
show("s & (b, c)", lambda: s & (b, c))
show("s - {a}", lambda: s - {a})
show("s ^ [a, c]", lambda: s ^ [a, c])
show("{c} | s", lambda: {c} | s)
show("[c] & s", lambda: [c] & s)
show("{a} - s", lambda: {a} - s)
show("s | 5", lambda: s | 5)
show("s & {1}", lambda: s & {1})
show("s - {1}", lambda: s - {1})
show("s ^ {1}", lambda: s ^ {1})
show("s - s", lambda: s - s)
show("s ^ s", lambda: s ^ s)
show("s & s", lambda: s & s)
print("operands unchanged:", sorted(e.name for e in s), sorted(e.name for e in t))
u = s | [Elem("temp")]
print("union with a temporary:", sorted(e.name for e in u))
r = s & t
del b
print("after b died:", sorted(e.name for e in r), len(s), len(t))

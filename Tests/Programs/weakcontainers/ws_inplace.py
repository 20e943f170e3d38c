# WeakSet in-place operators |= &= -= ^= (same object kept), including a WeakSet with itself
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

def names(ws):
    return sorted(e.name for e in ws)

a, b, c, d = Elem("a"), Elem("b"), Elem("c"), Elem("d")
s = weakref.WeakSet([a, b, c])
orig = s
s &= [b, c, d]
print("&= list:", names(s), s is orig)
s -= weakref.WeakSet([c])
print("-= WeakSet:", names(s), s is orig)
s ^= {b, d}
print("^= set:", names(s), s is orig)
s |= (a, b)
print("|= tuple:", names(s), s is orig)
s ^= s
print("^= itself:", names(s), s is orig)
s |= [a, b, c]
s -= s
print("-= itself:", names(s))
s |= [a, b]
s &= s
print("&= itself:", names(s))
for op in ("&=", "-=", "^="):
    try:
        if op == "&=":
            s &= [1]
        elif op == "-=":
            s -= [1]
        else:
            s ^= [1]
        print(op, "[1] ok:", names(s))
    except TypeError as e:
        print(op, "[1] TypeError:", e)
s = weakref.WeakSet([a, b])
s ^= [Elem("temp"), a]
print("^= with a temporary:", names(s))

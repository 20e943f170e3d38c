# WeakSet clear/copy/in/len/iteration; `in` with unreferenceable or unhashable objects; hashing a WeakSet
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

class Unhashable:
    __hash__ = None

def names(ws):
    return sorted(e.name for e in ws)

elems = [Elem(n) for n in "abcd"]
s = weakref.WeakSet(elems)
print("len:", len(s), "names:", names(s))
print("in:", elems[0] in s, Elem("a") in s, 1 in s, "a" in s, None in s, [1] in s)
print("not in:", elems[1] not in s)
try:
    print(Unhashable() in s)
except TypeError as e:
    print("unhashable in TypeError:", e)
c = s.copy()
print("copy:", type(c).__name__, c is s, names(c), c == s)
c.discard(elems[0])
print("copy independent:", names(s), names(c))
it = iter(s)
print("iter type:", type(it).__name__, "iter is itself:", iter(it) is it)
print("list:", sorted(e.name for e in it))
print("second pass over the same iterator:", list(it))
s.clear()
print("after clear:", len(s), list(s), "copy still:", names(c))
s.clear()
print("clear again:", len(s))
try:
    hash(s)
except TypeError as e:
    print("hash TypeError:", e)
del elems[2]
print("copy after an element died:", names(c))

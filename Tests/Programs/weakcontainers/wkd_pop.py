# WeakKeyDictionary.pop with and without default; the KeyError carries a weak reference
import weakref

def scrub(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            if j > i + 2:
                out.append("0xADDR")
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b, c, other = Key("a"), Key("b"), Key("c"), Key("other")
d = weakref.WeakKeyDictionary([(a, 1), (b, 2), (c, 3)])
print("pop(b):", d.pop(b), "len", len(d), list(d.values()))
print("pop(b, 'gone'):", d.pop(b, "gone"))
print("pop(other, None):", d.pop(other, None))
try:
    d.pop(other)
except KeyError as e:
    print("KeyError:", scrub(str(e)))
    print("referent:", e.args[0]())
try:
    d.pop(7)
except TypeError as e:
    print("TypeError:", e)
try:
    d.pop(7, "default")
except TypeError as e:
    print("TypeError with default:", e)
print("pop(a):", d.pop(a), list(d.items()))
del a
print("len after del a:", len(d))
print("pop(c):", d.pop(c), len(d), bool(d))

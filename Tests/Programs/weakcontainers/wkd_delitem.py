# WeakKeyDictionary: del d[k], missing keys, bad keys, and re-insertion order afterwards
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

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2, c: 3})
del d[b]
print("after del d[b]:", list(d.items()), len(d), b in d)
try:
    del d[b]
except KeyError as e:
    print("KeyError:", scrub(repr(e)))
try:
    del d["b"]
except TypeError as e:
    print("TypeError:", e)
d[b] = 22
print("b re-inserted at the end:", list(d.items()))
del d[a], d[c]
print("after deleting two:", list(d.items()), len(d))
del a
print("deleting the key object later changes nothing:", list(d.items()))

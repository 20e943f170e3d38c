# WeakKeyDictionary lookup: d[k], get with and without default, KeyError and TypeError messages
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

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

a, b, missing = Key("a"), Key("b"), Key("missing")
d = weakref.WeakKeyDictionary({a: "alpha", b: ["beta"]})
print("d[a] =", d[a])
print("d[b] =", d[b], d[b] is d[b])
print("get(a) =", d.get(a))
print("get(missing) =", d.get(missing))
print("get(missing, 'dflt') =", d.get(missing, "dflt"))
print("get(a, 'dflt') =", d.get(a, "dflt"))
try:
    d[missing]
except KeyError as e:
    print("KeyError args:", len(e.args), scrub(repr(e)))
    print("arg is a weakref:", type(e.args[0]).__name__, e.args[0]() is missing)
for bad in (1, "text", None, (1, 2), [1]):
    try:
        d[bad]
    except TypeError as e:
        print("d[" + repr(bad) + "] TypeError:", e)
    try:
        d.get(bad, "dflt")
    except TypeError as e:
        print("get(" + repr(bad) + ") TypeError:", e)
d[a] = "changed"
print("after assignment:", d[a], len(d))

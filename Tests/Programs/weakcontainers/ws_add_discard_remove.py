# WeakSet add/discard/remove: KeyError carrying a weak reference, TypeErrors for bad elements
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

class Elem:
    def __init__(self, name):
        self.name = name

def names(ws):
    return sorted(e.name for e in ws)

a, b, c = Elem("a"), Elem("b"), Elem("c")
s = weakref.WeakSet()
s.add(a)
s.add(b)
s.add(a)
print("after adds:", names(s), len(s))
print("add returns:", s.add(c))
s.add(Elem("temp"))
print("temporary add:", names(s))
print("discard returns:", s.discard(b), names(s))
s.discard(b)
print("discard missing:", names(s))
print("remove returns:", s.remove(c), names(s))
try:
    s.remove(c)
except KeyError as e:
    print("remove missing KeyError:", scrub(repr(e)))
    print("the KeyError holds a weak reference to c:", e.args[0]() is c)
for bad in (1, "x", [1], None):
    for op in ("add", "discard", "remove"):
        try:
            getattr(s, op)(bad)
            print(op, repr(bad), "ok")
        except TypeError as e:
            print(op, repr(bad), "TypeError:", e)
        except KeyError as e:
            print(op, repr(bad), "KeyError")
print("end:", names(s))

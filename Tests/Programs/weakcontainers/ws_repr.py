# WeakSet repr/str: the repr of its underlying set of weak references (one element, or empty)
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
    pass

class MySet(weakref.WeakSet):
    pass

print(repr(weakref.WeakSet()))
e = Elem()
s = weakref.WeakSet([e])
print(scrub(repr(s)))
print(scrub(str(s)))
print(scrub(repr(MySet([e]))))
print(scrub(repr([s])))
del e
print(repr(s))

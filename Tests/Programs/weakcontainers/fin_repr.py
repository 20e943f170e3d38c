# finalize repr: "<finalize object at 0x..; for 'T' at 0x..>" while alive, "; dead>" afterwards
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

class Object:
    pass

class Other:
    pass

kenny = Object()
f = weakref.finalize(kenny, print, "You killed Kenny!")
print(scrub(repr(f)))
print(scrub(str(f)))
g = weakref.finalize(Other, print, "class")
print(scrub(repr(g)))
def func():
    pass
h = weakref.finalize(func, print, "function")
print(scrub(repr(h)))
print(scrub(repr([f])))
del kenny
print(scrub(repr(f)))
h.detach()
print(scrub(repr(h)))
g()
print(scrub(repr(g)))

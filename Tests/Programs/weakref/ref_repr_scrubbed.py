# repr of refs and proxies, alive and dead, with addresses scrubbed
import weakref

HEX = "0123456789abcdefABCDEF"
def scrub(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i) and i + 2 < len(text) and text[i + 2] in HEX:
            j = i + 2
            while j < len(text) and text[j] in HEX:
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)

class Widget:
    pass

def helper():
    pass

w = Widget()
r = weakref.ref(w)
print(scrub(repr(r)))
print(scrub(str(r)))
print(scrub(repr(weakref.ref(helper))))
print(scrub(repr(weakref.ref(Widget))))
print(scrub(repr(weakref.ref(len))))
lam = lambda: 0
print(scrub(repr(weakref.ref(lam))))

class Named:
    __name__ = "custom-name"
n = Named()
print(scrub(repr(weakref.ref(n))))

p = weakref.proxy(w)
print(scrub(repr(p)))
pf = weakref.proxy(helper)
print(scrub(repr(pf)))

print("repr of a list of refs:", scrub(repr([r])))
del w
print(scrub(repr(r)))
print(scrub(repr(p)))
print("scrub check:", scrub("a 0x1f b 0xZZ c 0x"))

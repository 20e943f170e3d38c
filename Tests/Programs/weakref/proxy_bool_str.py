# bool() and str() of proxies use the referent; repr is the proxy's own
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

class Falsy:
    def __bool__(self):
        print("  __bool__ called")
        return False
    def __str__(self):
        return "Falsy-str"
    def __repr__(self):
        return "Falsy-repr"

class Sized:
    def __len__(self):
        return 0

class Plain:
    pass

f = Falsy()
pf = weakref.proxy(f)
print("bool:", bool(pf))
print("if:", "yes" if pf else "no")
print("str:", str(pf))
print("format:", "%s" % pf, "{}".format(pf), f"{pf}")
print("repr:", scrub(repr(pf)))
print("print:", pf)

sz = Sized()
print("len-0 bool:", bool(weakref.proxy(sz)))
pl = Plain()
print("plain bool:", bool(weakref.proxy(pl)))
print("plain str:", scrub(str(weakref.proxy(pl))))

class S(str):
    pass
s = S("text")
ps = weakref.proxy(s)
print("str subclass:", str(ps), ps.upper(), len(ps), ps + "!", "ex" in ps)
empty = S("")
print("empty str bool:", bool(weakref.proxy(empty)))

class Fmt:
    def __format__(self, spec):
        return "formatted[%s]" % spec
fm = Fmt()
pfm = weakref.proxy(fm)
print("empty format spec uses str():", scrub(format(pfm, "")), scrub(f"{pfm}"))
print("referent's own format:", format(fm, ">5"))
try:
    format(pfm, ">5")
except TypeError as e:
    print("proxy does not forward __format__: TypeError:", e)
print("format of proxy to a str subclass, empty spec:", f"{ps}")
try:
    print(f"{ps:>6}")
except TypeError as e:
    print("TypeError:", e)

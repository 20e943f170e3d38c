# ref/proxy reprs for different referent kinds (class, function, module, instance with __name__), scrubbed
import weakref, sys
HEX = "0123456789abcdefABCDEF"
def scrub(text):
    text = str(text)
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

class Plain: pass
class Named:
    __name__ = "custom-name"
class BadName:
    @property
    def __name__(self): raise RuntimeError("no")
class WithQual:
    class Inner: pass
def func(): pass
objs = [("class", Plain), ("function", func), ("module", sys), ("instance", Plain()), ("named", Named()),
        ("inner", WithQual.Inner()), ("set-sub", type("SS", (set,), {})())]
keep = []
for label, o in objs:
    keep.append(o)
    r = weakref.ref(o)
    print(label, scrub(repr(r)))
    try:
        print(label, "proxy", scrub(repr(weakref.proxy(o))))
    except Exception as e:
        print(label, "proxy", type(e).__name__, e)
o = Plain()
r = weakref.ref(o)
del o
print(scrub(repr(r)), scrub(str(r)) == scrub(repr(r)))

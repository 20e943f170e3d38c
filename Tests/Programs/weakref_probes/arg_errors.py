# TypeError messages for wrong argument counts/types across the weakref API
import weakref
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
class O:
    def m(self): pass
o = O()
r = weakref.ref(o)
cases = [
    ("ref()", lambda: weakref.ref()),
    ("ref(o,None,1)", lambda: weakref.ref(o, None, 1)),
    ("ref(o, cb=1)", lambda: weakref.ref(o, callback=None)),
    ("proxy()", lambda: weakref.proxy()),
    ("proxy(o,None,1)", lambda: weakref.proxy(o, None, 1)),
    ("proxy(1)", lambda: weakref.proxy(1)),
    ("r(1)", lambda: r(1)),
    ("r(x=1)", lambda: r(x=1)),
    ("WeakMethod()", lambda: weakref.WeakMethod()),
    ("WeakMethod(o)", lambda: weakref.WeakMethod(o)),
    ("KeyedRef(o)", lambda: weakref.KeyedRef(o)),
    ("KeyedRef(o,None)", lambda: weakref.KeyedRef(o, None)),
    ("WeakKeyDictionary(1)", lambda: weakref.WeakKeyDictionary(1)),
    ("WeakKeyDictionary({},{})", lambda: weakref.WeakKeyDictionary({}, {})),
    ("WeakValueDictionary(1)", lambda: weakref.WeakValueDictionary(1)),
    ("WeakValueDictionary({1:1})", lambda: weakref.WeakValueDictionary({1: 1})),
    ("WeakValueDictionary([1])", lambda: weakref.WeakValueDictionary([1])),
    ("WeakSet(1)", lambda: weakref.WeakSet(1)),
    ("WeakSet([1])", lambda: weakref.WeakSet([1])),
    ("WeakSet([],[])", lambda: weakref.WeakSet([], [])),
    ("WeakSet().add()", lambda: weakref.WeakSet().add()),
    ("WeakSet().add(1)", lambda: weakref.WeakSet().add(1)),
    ("WeakSet().remove(o)", lambda: weakref.WeakSet().remove(o)),
    ("WeakSet().pop()", lambda: weakref.WeakSet().pop()),
    ("WKD().popitem()", lambda: weakref.WeakKeyDictionary().popitem()),
    ("WVD().popitem()", lambda: weakref.WeakValueDictionary().popitem()),
    ("WKD()[o]", lambda: weakref.WeakKeyDictionary()[o]),
    ("WVD()['k']", lambda: weakref.WeakValueDictionary()["k"]),
    ("WKD().setdefault()", lambda: weakref.WeakKeyDictionary().setdefault()),
    ("WVD().setdefault('k')", lambda: weakref.WeakValueDictionary().setdefault("k")),
    ("getweakrefcount(1,2)", lambda: weakref.getweakrefcount(1, 2)),
    ("finalize(o)", lambda: weakref.finalize(o)),
]
for name, f in cases:
    try:
        res = f()
        print(name, "->", type(res).__name__)
    except Exception as e:
        print(name, type(e).__name__ + ":", scrub(e))

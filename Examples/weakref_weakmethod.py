# weakref docs, "class weakref.WeakMethod": a plain ref to a bound method dies at once; WeakMethod
# recreates the bound method until the object (or the function) dies.
import weakref


def scrub(text):
    """Replace every 0x... address in a repr with 0xADDR."""
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


class C:
    def method(self):
        print("method called!")


c = C()
r = weakref.ref(c.method)
print("r() ->", r())
r = weakref.WeakMethod(c.method)
print("r() ->", scrub(repr(r())))
r()()
print("a new bound method each call:", r() is not r(), r() == r())
del c  # no gc.collect() needed: the object dies as soon as its last reference goes
print("after del c, r() ->", r())

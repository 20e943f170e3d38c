# Proxy attribute set/del, calling, isinstance/type, str/repr with scrubbing
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
class C:
    def __init__(self): self.x = 1
    def __call__(self, *a, **k): return ("called", a, sorted(k.items()))
    def __str__(self): return "C-str"
    def __repr__(self): return "C-repr"
class D:
    pass
c = C()
p = weakref.proxy(c)
p.y = 5
print(c.y, p.x)
del p.x
print(hasattr(c, "x"), hasattr(p, "x"))
try:
    del p.nope
except AttributeError as e:
    print("AttributeError", e)
print(p(1, 2, k=3), callable(p))
print(type(p).__name__, type(p) is weakref.CallableProxyType, isinstance(p, C), isinstance(p, weakref.CallableProxyType))
print(p.__class__ is C, issubclass(type(p), weakref.ProxyType))
print(str(p), scrub(repr(p)))
print(f"{p}", "%s" % p, format(p, ""))
d = D()
q = weakref.proxy(d)
print(type(q).__name__, callable(q), isinstance(q, D), type(q) in weakref.ProxyTypes)
print(scrub(repr(q)), scrub(str(q)) == scrub(str(d)))
try:
    q()
except TypeError as e:
    print("TypeError", e)
print(setattr(q, "z", 3), getattr(q, "z"), vars(q) if False else d.__dict__)
print(q.__dict__ is d.__dict__, dir(q) == dir(d))

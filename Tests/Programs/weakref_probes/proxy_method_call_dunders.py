# Calling dunder methods through a proxy with method-call syntax (p.__x__(...)) forwards to the referent, like getattr
import weakref
class N:
    def __format__(self, spec): return "fmt[" + spec + "]"
    def __repr__(self): return "N-repr"
    def __str__(self): return "N-str"
    def __eq__(self, o): return "N-eq"
    def __hash__(self): return 12345
    def __dir__(self): return ["zzz"]
    def __sizeof__(self): return 777
    def __reduce__(self): return "N-reduce"
    def __ne__(self, o): return "N-ne"
    def __lt__(self, o): return "N-lt"
    def __len__(self): return 3
n = N()
p = weakref.proxy(n)
tests = [
    ("__format__", lambda: p.__format__("x")), ("__repr__", lambda: p.__repr__()), ("__str__", lambda: p.__str__()),
    ("__eq__", lambda: p.__eq__(1)), ("__hash__", lambda: p.__hash__()), ("__dir__", lambda: p.__dir__()),
    ("__sizeof__", lambda: p.__sizeof__()), ("__reduce__", lambda: p.__reduce__()), ("__ne__", lambda: p.__ne__(1)),
    ("__lt__", lambda: p.__lt__(1)), ("__len__", lambda: p.__len__()),
    ("__getattribute__", lambda: p.__getattribute__("__class__")),
]
for name, f in tests:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
for name, _ in tests:
    m = getattr(p, name)
    print(name, "getattr bound to referent:", getattr(m, "__self__", None) is n)

# Attribute access on a proxy forwards every name to the referent, including dunder methods inherited from object
import weakref
class N:
    def __format__(self, spec): return "fmt[" + spec + "]"
    def __repr__(self): return "N-repr"
    def __str__(self): return "N-str"
    def __eq__(self, o): return "N-eq"
    def __hash__(self): return 12345
    def __dir__(self): return ["zzz"]
    def __sizeof__(self): return 777
    def __init__(self): self.inited = True
    def __reduce__(self): return "N-reduce"
n = N()
p = weakref.proxy(n)
for name in ["__format__", "__repr__", "__str__", "__eq__", "__hash__", "__dir__", "__sizeof__", "__reduce__", "__init__",
             "__class__", "__doc__", "__module__", "__dict__", "__ne__", "__getattribute__", "__setattr__"]:
    try:
        v = getattr(p, name)
        owner = getattr(v, "__self__", None)
        print(name, "bound to referent" if owner is n else ("bound to proxy" if owner is not None else "value"),
              v if name in ("__class__", "__doc__", "__module__") else "")
    except Exception as e:
        print(name, type(e).__name__, e)
print(p.__format__("x"), p.__repr__(), p.__str__(), p.__eq__(1), p.__hash__(), p.__dir__(), p.__sizeof__())

# Every operation on a dead proxy raises ReferenceError with the documented message
import weakref
class C:
    def __call__(self): return 1
    def __len__(self): return 1
    def __iter__(self): return iter([])
    def __add__(self, o): return 1
    def __lt__(self, o): return True
    def __eq__(self, o): return True
    __hash__ = None
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): pass
    def __bool__(self): return True
    def __int__(self): return 1
    def __neg__(self): return 1
c = C()
p = weakref.proxy(c)
del c
ops = [
    ("attr", lambda: p.x),
    ("setattr", lambda: setattr(p, "x", 1)),
    ("delattr", lambda: delattr(p, "x")),
    ("call", lambda: p()),
    ("len", lambda: len(p)),
    ("iter", lambda: iter(p)),
    ("add", lambda: p + 1),
    ("radd", lambda: 1 + p),
    ("lt", lambda: p < 1),
    ("eq", lambda: p == 1),
    ("getitem", lambda: p[0]),
    ("setitem", lambda: p.__setitem__(0, 1)),
    ("bool", lambda: bool(p)),
    ("int", lambda: int(p)),
    ("neg", lambda: -p),
    ("str", lambda: str(p)),
    ("contains", lambda: 1 in p),
    ("hash", lambda: hash(p)),
    ("isinstance", lambda: isinstance(p, C)),
]
for name, op in ops:
    try:
        r = op()
        print(name, "->", r)
    except ReferenceError as e:
        print(name, "ReferenceError:", e)
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
print(type(p).__name__)

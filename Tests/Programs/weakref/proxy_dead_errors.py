# Every operation on a proxy whose referent is dead raises ReferenceError
import weakref

class Full:
    x = 1
    def __init__(self):
        self.items = [1, 2]
    def __add__(self, o): return 1
    def __radd__(self, o): return 1
    def __iadd__(self, o): return self
    def __neg__(self): return 1
    def __lt__(self, o): return True
    def __eq__(self, o): return True
    __hash__ = None
    def __len__(self): return 2
    def __iter__(self): return iter(self.items)
    def __next__(self): return 1
    def __getitem__(self, k): return 1
    def __setitem__(self, k, v): pass
    def __delitem__(self, k): pass
    def __contains__(self, k): return True
    def __call__(self): return 1
    def __str__(self): return "full"
    def __bool__(self): return True
    def __int__(self): return 1
    def __index__(self): return 1

obj = Full()
p = weakref.proxy(obj)
print("alive:", p.x, p + 1, len(p), str(p), p())
del obj

def op_iadd():
    q = p
    q += 1

checks = [
    ("getattr", lambda: p.x),
    ("setattr", lambda: setattr(p, "y", 1)),
    ("delattr", lambda: delattr(p, "x")),
    ("add", lambda: p + 1),
    ("radd", lambda: 1 + p),
    ("iadd", op_iadd),
    ("neg", lambda: -p),
    ("lt", lambda: p < 1),
    ("eq", lambda: p == 1),
    ("ne", lambda: p != 1),
    ("len", lambda: len(p)),
    ("iter", lambda: iter(p)),
    ("next", lambda: next(p)),
    ("getitem", lambda: p[0]),
    ("setitem", lambda: p.__setitem__(0, 1)),
    ("contains", lambda: 1 in p),
    ("call", lambda: p()),
    ("str", lambda: str(p)),
    ("bool", lambda: bool(p)),
    ("int", lambda: int(p)),
    ("index", lambda: [0, 1][p]),
    ("isinstance", lambda: isinstance(p, Full)),
]
for label, fn in checks:
    try:
        result = fn()
        print(label, "-> no error:", result)
    except ReferenceError as e:
        print(label, "-> ReferenceError:", e)
    except TypeError as e:
        print(label, "-> TypeError:", e)

try:
    del p[0]
except ReferenceError as e:
    print("delitem -> ReferenceError:", e)
print("type still known:", type(p).__name__)
print("ReferenceError is builtin:", ReferenceError.__name__, ReferenceError.__mro__[1].__name__)
try:
    hash(p)
except TypeError as e:
    print("hash -> TypeError:", e)

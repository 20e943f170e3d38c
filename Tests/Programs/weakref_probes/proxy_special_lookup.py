# Special methods the proxy type does not define: looked up on the proxy type, not forwarded (round, trunc, format spec, with, floor)
import weakref, math
class N:
    def __init__(self, v): self.v = v
    def __round__(self, nd=None): return "rounded"
    def __trunc__(self): return "truncated"
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __float__(self): return 2.5
    def __index__(self): return 2
    def __format__(self, spec): return "fmt[" + spec + "]"
    def __enter__(self): return "entered"
    def __exit__(self, *a): return False
    def __reversed__(self): return iter("cba")
    def __str__(self): return "N-str"
n = N(1)
p = weakref.proxy(n)
tests = [
    ("round", lambda: round(p)),
    ("round2", lambda: round(p, 2)),
    ("math.trunc", lambda: math.trunc(p)),
    ("math.floor", lambda: math.floor(p)),
    ("math.ceil", lambda: math.ceil(p)),
    ("format empty", lambda: format(p, "")),
    ("format spec", lambda: format(p, ">5")),
    ("fstring spec", lambda: f"{p:x}"),
    ("reversed", lambda: list(reversed(p))),
    ("range", lambda: list(range(p))),
    ("str index", lambda: "abc"[p]),
    ("list mul", lambda: [0] * p),
    ("p.__round__()", lambda: p.__round__()),
    ("p.__format__('q')", lambda: p.__format__("q")),
]
for name, f in tests:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
try:
    with p as x:
        print("with ->", x)
except Exception as e:
    print("with", type(e).__name__ + ":", e)

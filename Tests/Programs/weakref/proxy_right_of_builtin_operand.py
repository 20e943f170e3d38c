# A weak proxy to the right of a builtin operand (str, list, tuple, int) is unwrapped, as
# CPython reaches the proxy's own slot; a proxy used as a key by a proxy's __getitem__ too.
import weakref
class S(str): pass
class L(list): pass
class N:
    def __getitem__(self, k): return type(k).__name__
s = S("b"); l = L([2]); n = N(); n2 = N()
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("str+proxy", lambda: "a" + weakref.proxy(s))
attempt("list+proxy", lambda: [1] + weakref.proxy(l))
attempt("int*proxy", lambda: 2 * weakref.proxy(l))
attempt("tuple+proxy", lambda: (1,) + weakref.proxy(l))
attempt("proxy[proxy]", lambda: weakref.proxy(n)[weakref.proxy(n2)])
attempt("proxy+list", lambda: weakref.proxy(l) + [3])
attempt("int-proxy", lambda: 5 - weakref.proxy(l))
attempt("proxy*int", lambda: weakref.proxy(l) * 2)

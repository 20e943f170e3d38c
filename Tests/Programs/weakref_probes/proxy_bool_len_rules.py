# bool() of proxies follows the referent's __bool__/__len__ rules; errors propagate
import weakref
class Plain: pass
class Empty:
    def __len__(self): return 0
class BadBool:
    def __bool__(self): return 1
class RaiseBool:
    def __bool__(self): raise ValueError("no bool")
class NegLen:
    def __len__(self): return -1
objs = [Plain(), Empty(), BadBool(), RaiseBool(), NegLen()]
for o in objs:
    p = weakref.proxy(o)
    for label, f in (("bool", bool), ("not", lambda x: not x), ("len", len)):
        try:
            print(type(o).__name__, label, f(p))
        except Exception as e:
            print(type(o).__name__, label, type(e).__name__ + ":", e)
    print(type(o).__name__, "if", "yes" if (lambda: (p and True))() else "no") if type(o).__name__ not in ("BadBool", "RaiseBool", "NegLen") else None

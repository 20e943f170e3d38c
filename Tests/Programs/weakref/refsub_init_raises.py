# A ref subclass whose __init__ raises: the ref dies and its callback never fires
import weakref

class Strict(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        if "bad" in kw:
            raise ValueError("bad annotation")
        self.kw = kw

class C:
    pass

def cb(w):
    print("callback fired for", type(w).__name__, w.kw)

o = C()
good = Strict(o, cb, ok=1)
try:
    Strict(o, cb, bad=1)
except ValueError as e:
    print("ValueError:", e)
print("count after failed init:", weakref.getweakrefcount(o))
print("types:", [type(x).__name__ for x in weakref.getweakrefs(o)])

# __new__ receives the extra keyword arguments too but ignores them
class Keyed(weakref.ref):
    def __new__(cls, ob, callback=None, **kw):
        print("__new__ got", sorted(kw))
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, **kw):
        print("__init__ got", sorted(kw))
        super().__init__(ob, callback)
k = Keyed(o, None, a=1, b=2)
print("keyed alive:", k() is o)
print("deleting o")
del o
print("end")

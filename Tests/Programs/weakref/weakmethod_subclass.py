# WeakMethod can be subclassed; the subclass keeps the once-only callback behaviour
import weakref

class Tracked(weakref.WeakMethod):
    __slots__ = ("label", "calls")
    def __new__(cls, meth, callback=None, label="?"):
        self = super().__new__(cls, meth, callback)
        self.label = label
        self.calls = 0
        return self
    def __init__(self, meth, callback=None, label="?"):
        super().__init__(meth, callback)
    def __call__(self):
        self.calls += 1
        return super().__call__()

class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n * 10

def cb(w):
    print("callback for", w.label, "after", w.calls, "calls")

c = C(4)
t = Tracked(c.get, cb, label="getter")
print("label:", t.label)
print("call:", t()())
print("call:", t()())
print("calls:", t.calls)
print("isinstance WeakMethod:", isinstance(t, weakref.WeakMethod), isinstance(t, weakref.ref))
print("equal to plain WeakMethod:", t == weakref.WeakMethod(c.get))
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError:", e)
del c
print("after death:", t(), "calls:", t.calls)

class Loose(weakref.WeakMethod):
    pass
d = C(1)
lo = Loose(d.get)
print("subclass without slots has __dict__:", hasattr(lo, "__dict__"))
lo.note = "ok"
print("note:", lo.note, lo()())

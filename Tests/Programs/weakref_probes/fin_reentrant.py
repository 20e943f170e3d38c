# A finalizer whose callback calls itself / detaches itself / calls another finalizer; return values
import weakref
class O:
    def __init__(self, n): self.n = n
fins = {}
def selfcall(tag):
    print("selfcall start", tag, "alive:", fins[tag].alive)
    print("nested call returns:", fins[tag]())
    print("detach inside:", fins[tag].detach())
    return "ret-" + tag
a = O(1)
fins["a"] = weakref.finalize(a, selfcall, "a")
print("outer returns:", fins["a"]())
def other(tag):
    print("other", tag, "calling b")
    return fins["b"]()
b, c = O(2), O(3)
fins["b"] = weakref.finalize(b, lambda: "b-result")
fins["c"] = weakref.finalize(c, other, "c")
del c
print("b alive:", fins["b"].alive, "c alive:", fins["c"].alive)
print("b call after:", fins["b"]())
def raise_and_detach():
    raise RuntimeError("stop")
d = O(4)
fd = weakref.finalize(d, raise_and_detach)
try:
    fd()
except RuntimeError as e:
    print("RuntimeError", e, "alive after raise:", fd.alive)
print(fd(), fd.peek())

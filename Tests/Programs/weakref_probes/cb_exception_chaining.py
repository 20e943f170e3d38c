# Callback raising while an exception is being handled: context shown; the handled exception is unaffected
import weakref
import sys
class A: pass
def cb(w):
    print("cb sees exc_info:", sys.exc_info()[0])
    raise KeyError("in cb")
try:
    a = A()
    r = weakref.ref(a, cb)
    raise OSError("outer")
except OSError as e:
    del a
    print("still handling", type(e).__name__, sys.exc_info()[0].__name__)
print("after", sys.exc_info())

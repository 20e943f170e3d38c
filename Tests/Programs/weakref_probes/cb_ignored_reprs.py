# "Exception ignored in: <repr of callback>" for different callback kinds (stderr compared with addresses scrubbed)
import weakref
class O: pass
class Handler:
    def method(self, w): raise ValueError("bound method")
    def __repr__(self): return "Handler()"
class CallMe:
    def __call__(self, w): raise ValueError("callable instance")
    def __repr__(self): return "<CallMe instance>"
class BadRepr:
    def __call__(self, w): raise ValueError("bad repr callable")
    def __repr__(self): raise RuntimeError("repr fails")
h = Handler()
for cb in (h.method, CallMe(), BadRepr(), lambda w: 1 / 0, len, lambda w: print(type(w).__name__, w() is None)):
    o = O()
    r = weakref.ref(o, cb)
    del o
    print("next")
o = O()
def outer():
    def inner_cb(w):
        raise KeyError("nested function")
    return inner_cb
r = weakref.ref(o, outer())
del o
print("end")

# A callback running during a collection cannot reach the garbage: every weakref into it is already dead
import gc, weakref

class Obj:
    def __init__(self, name):
        self.name = name

a = Obj("a"); b = Obj("b"); c = Obj("c")
a.next = b; b.next = c; c.next = a
plain = {"a": weakref.ref(a), "b": weakref.ref(b), "c": weakref.ref(c)}
wvd = weakref.WeakValueDictionary({"a": a, "b": b, "c": c})
wset = weakref.WeakSet([a, b, c])
proxy_b = weakref.proxy(b)
seen = []
def cb(w):
    seen.append(sorted(k for k, r in plain.items() if r() is not None))
    seen.append(sorted(wvd.keys()))
    seen.append(sorted(o.name for o in wset))
    try:
        proxy_b.name
        seen.append("proxy alive")
    except ReferenceError:
        seen.append("proxy dead")
watch = weakref.ref(a, cb)
del a, b, c
gc.collect()
print(seen)

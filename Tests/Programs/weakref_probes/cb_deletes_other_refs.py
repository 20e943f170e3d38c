# A callback that deletes other, not-yet-called weakrefs to the same object: they do not fire
import weakref
class A: pass
order = []
refs = {}
def make(name, kill=None):
    def cb(w):
        order.append(name)
        if kill:
            for k in kill:
                refs.pop(k, None)
    return cb
a = A()
refs["first"] = weakref.ref(a, make("first"))
refs["second"] = weakref.ref(a, make("second"))
refs["third"] = weakref.ref(a, make("third", kill=["first", "second"]))
print("count:", weakref.getweakrefcount(a))
del a
print("order:", order)
print("remaining:", sorted(refs))

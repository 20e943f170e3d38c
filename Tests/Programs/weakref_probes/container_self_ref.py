# Weak containers holding themselves (unhashable ones refused), containers dropped inside element callbacks
import weakref
s = weakref.WeakSet()
try:
    s.add(s)
except TypeError as e:
    print("TypeError", e)
d = weakref.WeakKeyDictionary()
try:
    d[d] = "me"
except TypeError as e:
    print("TypeError", e)
class HS(weakref.WeakSet):
    __hash__ = object.__hash__
hs = HS()
hs.add(hs)
print(len(hs))
rs = weakref.ref(hs)
del hs
print("self-containing WeakSet freed:", rs() is None)
w = weakref.WeakValueDictionary()
w["self"] = w
print(len(w), w["self"] is w)
rw = weakref.ref(w)
del w
print("self-valued WVD freed:", rw() is None)
class O: pass
holder = {}
def drop_container(wr):
    print("callback dropping the container")
    holder.clear()
o = O()
holder["s"] = weakref.WeakSet([o])
holder["d"] = weakref.WeakKeyDictionary({o: 1})
holder["w"] = weakref.WeakValueDictionary({1: o})
r = weakref.ref(o, drop_container)
refs = [weakref.ref(holder[k]) for k in "sdw"]
del o
print([x() for x in refs], holder)

# A weak container that dies before its entries: the entries' later deaths are harmless no-ops
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

def report(tag):
    print("  finalizer", tag)

a, b, c = Obj("a"), Obj("b"), Obj("c")
wkd = weakref.WeakKeyDictionary({a: "value"})
wvd = weakref.WeakValueDictionary(k=b)
ws = weakref.WeakSet([c])
watch = [weakref.finalize(x, report, name) for x, name in ((wkd, "wkd"), (wvd, "wvd"), (ws, "ws"))]
print("containers dying:")
del wkd, wvd, ws
print("entries dying afterwards:")
del a, b, c
print("a container dropped in the middle of an iteration:")
objs = [Obj(n) for n in "xy"]
d = weakref.WeakKeyDictionary((o, o.name) for o in objs)
it = iter(d.items())
print("  first:", next(it)[1])
del d
print("  name deleted; the suspended iterator keeps the dict alive:", [v for k, v in it])
d2 = weakref.WeakKeyDictionary({objs[0]: 1})
r = weakref.ref(d2)
del d2
print("  a dict with no iterator dies at once:", r())
del it
objs.clear()
print("end")

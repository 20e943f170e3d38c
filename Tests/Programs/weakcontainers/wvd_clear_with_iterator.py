# WeakValueDictionary clear() (popitem loop) with an iterator alive and values pending removal
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

objs = [Obj(n) for n in "abcdef"]
d = weakref.WeakValueDictionary((o.name, o) for o in objs)
it = d.items()
print("first:", next(it))
del objs[3:]
d.clear()
print("after clear:", len(d), list(d.items()))
try:
    print("resume:", next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration")
print("refill and clear with a suspended keys() iterator, nothing pending:")
for o in objs:
    d[o.name] = o
it = d.keys()
print("  first:", next(it))
d.clear()
try:
    print("  resume:", next(it))
except RuntimeError as e:
    print("  RuntimeError:", e)
except StopIteration:
    print("  StopIteration")
print("  len:", len(d), "objects alive:", objs)

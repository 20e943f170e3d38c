# WeakValueDictionary: values die while an iterator is suspended; it skips them; the end commits; any method commits
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"
    def __del__(self):
        print("  __del__", self.name)

objs = {n: Obj(n) for n in "abcde"}
d = weakref.WeakValueDictionary(objs)
refs = d.valuerefs()
it = d.items()
print("first:", next(it))
print("killing a (held by the suspended generator) and c:")
del objs["a"], objs["c"]
print("refs:", [r() for r in refs])
print("next:", next(it))
print("refs:", [r() for r in refs])
print("killing e, then exhausting:")
del objs["e"]
print("rest:", list(it))
print("keys after exhaustion:", list(d), len(d))
print("abandoning a suspended values() iterator:")
it = d.values()
print("  first:", next(it))
del objs["b"]
it = None
print("  after dropping the iterator:", list(d))
print("a method call commits under a suspended iterator, which then fails:")
for n in "xyz":
    objs[n] = Obj(n)
    d[n] = objs[n]
it = d.keys()
print("  first:", next(it))
del objs["y"]
print("  'x' in d:", "x" in d)
try:
    print("  next:", next(it))
except RuntimeError as e:
    print("  RuntimeError:", e)
print("  keys:", list(d))
del objs
print("end")

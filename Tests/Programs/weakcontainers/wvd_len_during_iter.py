# WeakValueDictionary len() inside an iteration commits pending removals, so the iteration then fails
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

objs = {n: Obj(n) for n in "abcde"}
d = weakref.WeakValueDictionary(objs)
print("len() with nothing pending is harmless:")
for k in d:
    print("  visit", k, "len", len(d))
del k
print("len() after a death inside the loop:")
try:
    for k, v in d.items():
        print("  visit", k)
        if k == "b":
            del objs["d"]
            print("  len:", len(d))
            print("  len again:", len(d))
except RuntimeError as e:
    print("  RuntimeError:", e)
print("after:", list(d), len(d))
print("other committing methods inside the loop:")
for name, call in [("in", lambda: "zz" in d), ("get", lambda: d.get("a")), ("[]", lambda: d["a"])]:
    objs = {n: Obj(n) for n in "abc"}
    d = weakref.WeakValueDictionary(objs)
    try:
        for k in d:
            if k == "a":
                del objs["c"]
                print("  ", name, "->", call())
    except RuntimeError as e:
        print("  ", name, "RuntimeError:", e)
    print("  ", name, "after:", list(d))
print("a suspended iterator and len():")
objs = {n: Obj(n) for n in "xyz"}
d = weakref.WeakValueDictionary(objs)
it = d.values()
print("  first:", next(it))
del objs["y"]
print("  len:", len(d))
try:
    print("  next:", next(it))
except RuntimeError as e:
    print("  RuntimeError:", e)
print("  after:", list(d))

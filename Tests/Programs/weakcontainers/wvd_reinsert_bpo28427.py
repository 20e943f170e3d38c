# WeakValueDictionary (bpo-28427): a stale removal callback for a re-bound key leaves the new entry alone
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

print("case 1: the old KeyedRef is kept alive by a valuerefs() snapshot")
old, new = Obj("old"), Obj("new")
d = weakref.WeakValueDictionary(k=old)
snapshot = d.valuerefs()
d["k"] = new
print("  rebound:", list(d.items()), "old ref still armed:", snapshot[0].__callback__ is not None)
del old
print("  old died:", list(d.items()), "old ref:", snapshot[0](), snapshot[0].key)
del new
print("  new died:", list(d.items()))

print("case 2: the same through an itervaluerefs() generator")
objs = {n: Obj(n) for n in "pq"}
d = weakref.WeakValueDictionary(objs)
gen = d.itervaluerefs()
first = next(gen)
gen.close()
print("  first ref:", first.key, first())
d["p"] = objs["q"]
del objs["p"]
print("  after p's old value died:", [(k, v.name) for k, v in d.items()])

print("case 3: re-inserting a key whose value died during an iteration")
objs = {n: Obj(n) for n in "abc"}
d = weakref.WeakValueDictionary(objs)
replacement = Obj("b2")
try:
    for k in d:
        print("  visit", k)
        if k == "a":
            del objs["b"]
            print("  b died")
        if k == "c":
            d["b"] = replacement
            print("  b re-inserted")
except RuntimeError as e:
    print("  RuntimeError:", e)
print("  after the loop:", list(d.items()))

print("case 4: rebinding a key to the same value")
v = Obj("same")
d = weakref.WeakValueDictionary(s=v)
refs = d.valuerefs()
d["s"] = v
print("  new KeyedRef:", d.valuerefs()[0] is not refs[0], list(d.items()))
del v
print("  after death:", list(d.items()), [r() for r in refs])

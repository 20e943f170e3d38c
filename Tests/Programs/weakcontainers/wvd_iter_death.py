# WeakValueDictionary: values dying inside a loop over items/keys/values are skipped without RuntimeError
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

def fresh():
    global objs, d
    objs = {n: Obj(n) for n in "abcdef"}
    d = weakref.WeakValueDictionary(objs)

fresh()
print("items loop, killing c and e while at b:")
for k, v in d.items():
    print("  visit", k, v)
    if k == "b":
        del objs["c"], objs["e"]
        print("  killed two")
del k, v
print("after:", list(d))

fresh()
print("keys loop, killing the current value:")
for k in d.keys():
    print("  visit", k)
    del objs[k]
print("after:", list(d))

fresh()
print("values loop, killing values ahead:")
for v in d.values():
    print("  visit", v)
    if v.name == "a":
        for n in "bdf":
            del objs[n]
del v
print("after:", list(d))

fresh()
print("iter(d), killing a visited value:")
for k in d:
    print("  visit", k)
    if k == "d":
        del objs["a"]
print("after:", list(d))

# A weakref callback on another object mutates a WeakValueDictionary while its values die
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

class Trigger:
    pass

objs = {n: Obj(n) for n in "abcd"}
d = weakref.WeakValueDictionary(objs)
spare = Obj("spare")

def on_trigger(r):
    print("  callback: keys", list(d))
    d["spare"] = spare
    del objs["a"]
    print("  callback killed a:", list(d))
    del d["b"]
    print("  callback deleted b:", list(d))

t = Trigger()
r = weakref.ref(t, on_trigger)
print("killing the trigger:")
del t
print("after:", list(d.items()))

print("the trigger dies during an iteration:")
def on_trigger2(r):
    print("  callback2 kills d")
    del objs["d"]
t2 = Trigger()
r2 = weakref.ref(t2, on_trigger2)
for k, v in d.items():
    print("  visit", k, v)
    if k == "c":
        del t2
del k, v
print("after:", list(d.items()))

print("a value's own death fires a callback that re-inserts its key:")
victim = Obj("victim")
d["v"] = victim
def revive(r):
    print("  revive callback: 'v' in d?", "v" in d)
    d["v"] = spare
rv = weakref.ref(victim, revive)
del victim
print("after:", list(d.items()))

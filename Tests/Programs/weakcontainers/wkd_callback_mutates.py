# A weakref callback on another object mutates a WeakKeyDictionary while entries die
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Trigger:
    pass

d = weakref.WeakKeyDictionary()
keys = {n: Key(n) for n in "abc"}
for n, k in keys.items():
    d[k] = n
spare = Key("spare")

def on_trigger(r):
    print("  callback: len", len(d), [k.name for k in d])
    d[spare] = "added by callback"
    del keys["b"]
    print("  callback killed b: len", len(d))

t = Trigger()
r = weakref.ref(t, on_trigger)
print("killing the trigger:")
del t
print("after:", [(k.name, v) for k, v in d.items()])

print("trigger dies during an iteration:")
t2 = Trigger()
def on_trigger2(r):
    print("  callback2 inside the loop: len", len(d))
    del keys["c"]
    print("  callback2 killed c: len", len(d), "keyrefs", len(d.keyrefs()))
r2 = weakref.ref(t2, on_trigger2)
for k, v in d.items():
    print("  visit", k.name, v)
    if k.name == "a":
        del t2
del k, v
print("after the loop:", [(k.name, v) for k, v in d.items()], "keyrefs", len(d.keyrefs()))

print("a key whose death triggers another key's death:")
class Chain:
    def __init__(self, name, nxt=None):
        self.name, self.nxt = name, nxt
d2 = weakref.WeakKeyDictionary()
tail = Chain("tail")
head = Chain("head", tail)
d2[head] = 1
d2[tail] = 2
def on_head(r):
    print("  head callback: len", len(d2), [c.name for c in d2])
rh = weakref.ref(head, on_head)
del tail
print("  before killing head:", [c.name for c in d2])
del head
print("  after:", len(d2))

# A weakref callback on another object mutates a WeakSet while its elements die (also mid-iteration)
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

class Trigger:
    pass

def names():
    return sorted(e.name for e in s)

elems = {n: Elem(n) for n in "abcd"}
spare = Elem("spare")
s = weakref.WeakSet(elems.values())

def on_trigger(r):
    print("  callback sees:", names())
    s.add(spare)
    del elems["a"]
    s.discard(elems["b"])
    print("  callback left:", names())

t = Trigger()
r = weakref.ref(t, on_trigger)
print("killing the trigger:")
del t
print("after:", names())

print("the trigger dies inside a loop and the callback kills an unvisited element:")
def on_trigger2(r):
    del elems[victim]
    print("  callback2: len", len(s))
t2 = Trigger()
r2 = weakref.ref(t2, on_trigger2)
count = 0
for e in s:
    count += 1
    if count == 1:
        victim = "d" if e.name == "c" else "c"
        del t2
del e
print("visited", count, "- after: len", len(s), "victim gone:", victim not in elems, "spare in s:", spare in s)

print("a callback that adds during iteration makes the loop fail:")
def on_trigger3(r):
    s.add(elems["b"])
    print("  callback3 added b")
t3 = Trigger()
r3 = weakref.ref(t3, on_trigger3)
s.discard(elems["b"])
try:
    for e in s:
        del t3
except RuntimeError as err:
    print("  RuntimeError:", err)
del e
print("after: len", len(s), "b in s:", elems["b"] in s)

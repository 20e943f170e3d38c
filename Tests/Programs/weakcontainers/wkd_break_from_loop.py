# WeakKeyDictionary: leaving a loop early ends the iteration guard, committing pending removals
import weakref

class Key:
    def __init__(self, name):
        self.name = name

keys = {n: Key(n) for n in "abcdef"}
d = weakref.WeakKeyDictionary((k, n) for n, k in keys.items())
for k in d:
    if k.name == "b":
        del keys["e"], keys["f"]
        print("in loop: len", len(d), "keyrefs", len(d.keyrefs()))
        break
del k
print("after break: len", len(d), "keyrefs", len(d.keyrefs()))

def find(name):
    for k, v in d.items():
        if v == "a":
            del keys["d"]
            print("  in find: len", len(d), "keyrefs", len(d.keyrefs()))
        if v == name:
            return k
print("found:", find("b").name)
print("after return from inside the loop: len", len(d), "keyrefs", len(d.keyrefs()))

try:
    for v in d.values():
        del keys["c"]
        raise ValueError("leave " + v)
except ValueError as e:
    print("caught:", e, "len", len(d), "keyrefs", len(d.keyrefs()))
print("remaining:", [k.name for k in d])

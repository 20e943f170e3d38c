# Weak containers holding weak containers and finalizers: deaths cascade through them in order
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

def report(tag):
    print("  finalizer", tag)

owners = [Obj("o1"), Obj("o2")]
members = [Obj("m1"), Obj("m2"), Obj("m3")]
groups = weakref.WeakKeyDictionary()
groups[owners[0]] = weakref.WeakSet(members[:2])
groups[owners[1]] = weakref.WeakSet(members[1:])
print("groups:", [(o.name, sorted(m.name for m in s)) for o, s in groups.items()])
weakref.finalize(groups[owners[0]], report, "o1's WeakSet")
print("m2 dies:")
del members[1]
print("groups:", [(o.name, sorted(m.name for m in s)) for o, s in groups.items()])
print("o1 dies, taking its WeakSet with it:")
del owners[0]
print("groups:", [(o.name, sorted(m.name for m in s)) for o, s in groups.items()])
by_name = weakref.WeakValueDictionary((m.name, m) for m in members)
index = weakref.WeakKeyDictionary({m: by_name for m in members})
print("index values are the same WeakValueDictionary:", all(v is by_name for v in index.values()))
print("m3 dies:")
del members[1]
print("by_name:", list(by_name), "index:", [m.name for m in index])
print("the last member dies:")
members.clear()
print("by_name:", list(by_name), "index:", len(index), "groups:", [(o.name, len(s)) for o, s in groups.items()])

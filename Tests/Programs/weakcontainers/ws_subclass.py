# Subclassing WeakSet: copy and the binary operators build the subclass; update and |= call the overridden add
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

class Counting(weakref.WeakSet):
    calls = 0
    def add(self, item):
        Counting.calls += 1
        super().add(item)

def count(label, thunk):
    Counting.calls = 0
    r = thunk()
    print(label, "add calls:", Counting.calls, "result:", type(r).__name__, "len", len(r))

a, b, c = Elem("a"), Elem("b"), Elem("c")
s = Counting([a, b])
count("construct", lambda: Counting([a, b, c]))
def do_update():
    s.update([c])
    return s
count("update", do_update)
def do_ior():
    global s
    s |= [a]
    return s
count("|=", do_ior)
count("copy", lambda: s.copy())
count("| list", lambda: s | [c])
count("& list", lambda: s & [a])
count("- list", lambda: s - [a])
count("^ list", lambda: s ^ [Elem("tmp")])
count("union", lambda: s.union(weakref.WeakSet([c])))
print("isinstance:", isinstance(s, weakref.WeakSet), "copy is a Counting:", isinstance(s.copy(), Counting))
print("== plain WeakSet with the same elements:", s == weakref.WeakSet([a, b, c]))

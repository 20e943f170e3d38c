# finalizers calling, detaching and creating finalizers from inside a func fired by death
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

def report(tag):
    print("  finalizer", tag)
    return tag

a, b = Obj("a"), Obj("b")
fb = weakref.finalize(b, report, "b")
fb2 = weakref.finalize(b, report, "b detached by a's finalizer")

def on_a(tag):
    print("  finalizer", tag, "calls fb:", fb(), "detaches fb2:", fb2.detach() is not None)
    print("  fa alive inside its own func:", fa.alive)
    print("  calling fa again inside its func:", fa())
    weakref.finalize(b, report, "b, created inside a's finalizer")

fa = weakref.finalize(a, on_a, "a")
print("del a:")
del a
print("fb alive:", fb.alive, "fb2 alive:", fb2.alive)
print("del b:")
del b
print("chain of objects: each finalizer releases the next object")
holder = {}
def release(name):
    print("  finalizer releases", name)
    holder.pop(name, None)
names = ["n1", "n2", "n3"]
objs = [Obj(n) for n in names]
for i, n in enumerate(names):
    if i + 1 < len(names):
        holder[names[i + 1]] = objs[i + 1]
    weakref.finalize(objs[i], release, names[i + 1] if i + 1 < len(names) else "end")
del objs
print("  kept only by holder:", sorted(holder))
print("  (n1 died with the list)")
print("end")

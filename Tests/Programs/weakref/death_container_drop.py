# Objects die when the container holding them drops them
import weakref

class C:
    def __init__(self, name):
        self.name = name

log = []
def cb(w):
    print("  died:", names[w])

names = {}
def make(name):
    o = C(name)
    names[weakref.ref(o, cb)] = name
    return o

lst = [make("a"), make("b"), make("c")]
print("pop()")
lst.pop()
print("remove(b)")
lst.remove(lst[1])
print("lst[0] = 5")
lst[0] = 5
print("list now", lst)

d = {"x": make("x"), "y": make("y")}
print("d.pop('x')")
d.pop("x")
print("d['y'] = None")
d["y"] = None
print("d.clear() with new item")
d["z"] = make("z")
d.clear()

s = {1}
t = make("t")
holder = [t]
del t
print("holder.clear()")
holder.clear()

print("nested containers: dropping the outer list")
outer = [[make("inner1")], {"k": make("inner2")}]
outer = None

print("container dropping in a tuple")
tup = (make("tup0"), make("tup1"))
tup = ()
print("end")

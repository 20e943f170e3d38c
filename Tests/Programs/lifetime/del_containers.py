# Containers dropping their items
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [Res("a"), Res("b"), Res("c"), Res("d")]
print("pop:")
items.pop()
print("pop(0):")
items.pop(0)
print("remove by del items[0]:")
del items[0]
print("remaining", [r.name for r in items])
print("clear():")
items.clear()
print("cleared")

print("dict:")
d = {"x": Res("x"), "y": Res("y"), "z": Res("z")}
del d["y"]
print("popitem:")
d.popitem()
print("pop:")
d.pop("x")
print("dict empty", d)

print("set-like via dict.fromkeys values:")
keys = dict.fromkeys(["k1", "k2"], None)
keys["k1"] = Res("value1")
keys.clear()
print("after dict.clear")

print("list overwritten by slice assignment:")
lst = [Res("s0"), Res("s1"), Res("s2")]
lst[:] = [Res("new")]
print("slice assigned")
lst *= 0
print("multiplied by zero")

print("nested containers:")
outer = [[Res("n0")], (Res("n1"),), {"k": Res("n2")}]
outer.pop(1)
print("tuple popped")
outer = None
print("outer dropped")

print("object in two containers:")
shared = Res("shared")
l1 = [shared]
l2 = [shared]
del shared
l1.clear()
print("still in l2")
l2.clear()
print("end")

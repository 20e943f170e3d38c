# A __del__ that inserts into the WeakKeyDictionary holding its own object as a key
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Dying:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "sees itself in d:", self in d, "len", len(d))
        d[survivors[self.name]] = "inserted by " + self.name + "'s __del__"
        print("  inserted; len", len(d))

survivors = {"x": Key("sx"), "y": Key("sy")}
d = weakref.WeakKeyDictionary()
x = Dying("x")
d[x] = "x entry"
print("start:", [(k.name, v) for k, v in d.items()])
del x
print("after del x:", [(k.name, v) for k, v in d.items()])
y = Dying("y")
d[y] = "y entry"
print("y dies while iterating:")
for k, v in d.items():
    print("  visit", k.name, v)
    if y is not None and k is y:
        del k
        y = None
        print("  y released")
print("after the loop:", [(k.name, v) for k, v in d.items()])

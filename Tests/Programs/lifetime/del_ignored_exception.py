# Exceptions raised inside __del__ are ignored (reported on stderr only)
class Fragile:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ of", self.name, "raising")
        raise RuntimeError("error in __del__")

print("start")
f = Fragile("one")
del f
print("program continues after ignored exception")

def scope():
    g = Fragile("local")
    return "function returned"
print(scope())

items = [Fragile("a"), Fragile("b")]
items = None
print("list of fragile objects released")

try:
    h = Fragile("in-try")
    del h
    print("no exception propagated into try")
except RuntimeError:
    print("never printed")

class Partial:
    def __del__(self):
        print("partial cleanup step 1")
        1 / 0
        print("never printed")
p = Partial()
p = 0
print("end", p)

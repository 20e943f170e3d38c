# __del__ when a name is rebound
class Res:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)

r = Res("first")
print("rebinding")
r = Res("second")   # second is created before first is released
print("rebound")
r = None
print("set to None")

# Rebinding in a loop: each iteration frees the previous object
for i in range(3):
    item = Res("loop%d" % i)
    print("  iteration", i, "has", item.name)
print("after loop, item still bound to", item.name)
del item

# Augmented assignment-like rebinding
class Wrapper:
    def __init__(self, n):
        self.n = n
        print("wrap", n)
    def __del__(self):
        print("unwrap", self.n)
    def __add__(self, k):
        return Wrapper(self.n + k)

w = Wrapper(1)
w = w + 1
print("after w + 1")
w += 10
print("after w += 10")
del w

# Tuple unpacking rebinding
p, q = Res("p"), Res("q")
p, q = q, p
print("swapped, names:", p.name, q.name)
p = q = None
print("both cleared")

# Rebinding a dict value
d = {"k": Res("v1")}
d["k"] = Res("v2")
print("dict value replaced")
d["k"] = 0
print("dict value now int")

# Rebinding a list element and slice
lst = [Res("e0"), Res("e1"), Res("e2")]
lst[1] = None
print("slot 1 replaced")
lst[0:1] = []
print("slot 0 removed by slice")
lst = []
print("done")

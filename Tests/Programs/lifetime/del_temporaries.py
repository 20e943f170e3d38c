# Temporary objects are freed as soon as the expression no longer needs them
class Res:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)
    def value(self):
        return self.name.upper()

print("expression statement:")
Res("discarded")
print("next statement")

print("method call on temporary:")
print(Res("temp").value())
print("after print")

print("temporary passed as argument:")
def use(r):
    print("  using", r.name)
    return len(r.name)
n = use(Res("arg"))
print("result", n)

print("list comprehension of temporaries:")
names = [Res("c%d" % i).name for i in range(3)]
print(names)

print("conditional expression:")
x = Res("kept") if True else Res("never")
print("x is", x.name)
x = None

print("attribute of temporary kept, object freed:")
class Holder:
    def __init__(self):
        self.inner = Res("inner")
    def __del__(self):
        print("del Holder")
inner = Holder().inner
print("holding only inner:", inner.name)
inner = None

print("chained calls:")
class Builder:
    def __init__(self, n):
        self.n = n
        print("build", n)
    def __del__(self):
        print("drop", self.n)
    def next(self):
        return Builder(self.n + 1)
last = Builder(0).next().next()
print("last is", last.n)
last = None

print("temporary in a boolean test:")
if Res("cond").name:
    print("inside if")
print("end")

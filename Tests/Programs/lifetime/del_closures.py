# Closures, defaults and bound methods keep objects alive
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def method(self):
        return self.name

print("closure cell:")
def make():
    r = Res("captured")
    def get():
        return r.name
    return get
getter = make()
print("function returned, cell alive:", getter())
getter = None
print("closure dropped")

print("default argument value:")
def with_default(x=Res("default")):
    return x.name
print(with_default())
del with_default
print("function deleted")

print("bound method keeps instance:")
obj = Res("bound-owner")
m = obj.method
del obj
print("instance only referenced by method:", m())
m = None
print("method dropped")

print("lambda capturing a loop variable's final object:")
def make_lambdas():
    fs = []
    for i in range(3):
        r = Res("loop%d" % i)
        fs.append(lambda: r.name)
    return fs
fs = make_lambdas()
print([f() for f in fs])
fs = None
print("lambdas dropped")

print("cell rebinding via nonlocal:")
def counter():
    current = Res("cell-v1")
    def swap():
        nonlocal current
        current = Res("cell-v2")
    return swap
swap = counter()
swap()
print("swapped")
swap = None
print("end")

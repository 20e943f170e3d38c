# WeakValueDictionary values that are bound methods die at once; functions, classes and held methods stay
import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name

t = Thing("t")
d = weakref.WeakValueDictionary()
d["method"] = t.hello
print("temporary bound method:", len(d), d.get("method"), "method" in d)
m = t.hello
d["held"] = m
print("held bound method:", len(d), d["held"](), d["held"] is m)
del m
print("after del m:", len(d), list(d))

def func():
    return "func"

d["func"] = func
d["class"] = Thing
d["lambda"] = lambda: "lambda"
print("function, class, temporary lambda:", sorted(d))
print("calling through the dict:", d["func"](), d["class"]("new").hello())
d.update(a=t.hello, b=Thing("x").hello)
print("update with temporaries:", sorted(d))
methods = [t.hello, Thing("y").hello]
d["m0"], d["m1"] = methods
print("methods in a list:", sorted(d), d["m1"]())
methods = None
print("list dropped:", sorted(d))

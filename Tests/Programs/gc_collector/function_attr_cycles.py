# Functions in cycles through their own attributes, defaults and keyword defaults
import gc, weakref

class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make_attr():
    def f():
        return f.calls
    f.calls = 0
    f.me = f
    f.marker = Marker("function attribute")
    return weakref.ref(f)
w = make_attr()
print("alive:", w() is not None)
gc.collect()
print("collected:", w() is None)

def make_default():
    box = []
    def f(b=box):
        return b
    box.append(f)
    box.append(Marker("default argument"))
    return weakref.ref(f)
w = make_default()
gc.collect()
print("collected:", w() is None)

def make_kwdefault():
    box = {}
    def f(*, b=box):
        return b
    box["f"] = f
    box["m"] = Marker("keyword default")
    return weakref.ref(f)
w = make_kwdefault()
gc.collect()
print("collected:", w() is None)

# a lambda stored in the dict it closes over
def make_lambda():
    d = {"m": Marker("lambda in its own dict")}
    d["f"] = lambda: d
    return weakref.ref(d["f"])
w = make_lambda()
gc.collect()
print("collected:", w() is None)

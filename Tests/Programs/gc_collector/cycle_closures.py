# Closures in cycles: recursive inner functions, cells holding their own function, lambdas capturing containers
import gc, weakref

class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def recursive():
    m = Marker("recursive-closure")
    def fact(n):
        m.name
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = recursive()
print("fact(5) =", f(5))
wf = weakref.ref(f)
del f
print("function alive after del:", wf() is not None)
gc.collect()
print("function collected:", wf() is None)

def pair():
    m = Marker("pair")
    def ping(n):
        return "ping" if n == 0 else pong(n - 1)
    def pong(n):
        m.name
        return "pong" if n == 0 else ping(n - 1)
    return ping, pong
ping, pong = pair()
print(ping(3), pong(3))
del ping, pong
print("before collect")
gc.collect()

def lambda_in_list():
    m = Marker("lambda-list")
    items = [m]
    items.append(lambda: items)
    return weakref.ref(items[1])
w = lambda_in_list()
print("lambda alive:", w() is not None)
gc.collect()
print("lambda dead:", w() is None)

def counter_in_dict():
    state = {"n": 0, "marker": Marker("dict-closure")}
    def inc():
        state["n"] += 1
        return state["n"]
    state["inc"] = inc
    return inc
c = counter_in_dict()
print(c(), c(), c())
del c
gc.collect()
print("end")

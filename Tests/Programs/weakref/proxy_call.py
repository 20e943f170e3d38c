# Calling a callable proxy forwards arguments and keywords to the referent
import weakref

def greet(name, punctuation="!", *rest, **kw):
    return "hello %s%s rest=%r kw=%r" % (name, punctuation, rest, sorted(kw.items()))

pg = weakref.proxy(greet)
print(pg("ann"))
print(pg("bob", "?"))
print(pg("cy", ".", 1, 2, x=3))
print(pg(*["dee"], **{"punctuation": ";"}))
print("function attributes:", pg.__name__, pg.__defaults__)
try:
    pg()
except TypeError as e:
    print("TypeError:", e)

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
m = Multiplier(3)
pm = weakref.proxy(m)
print("callable instance:", pm(5), pm(x=2))
print("map over proxy:", list(map(pm, [1, 2, 3])))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
pc = weakref.proxy(Point)
pt = pc(1, 2)
print("class proxy builds instance:", type(pt).__name__, pt.x, pt.y)

pl = weakref.proxy(len)
print("builtin proxy:", pl([1, 2, 3]), pl("abcd"))

# a method fetched through a proxy of a plain instance
class Box:
    def get(self, n):
        return "box item %d" % n
b = Box()
pb = weakref.proxy(b)
print(pb.get(4))
try:
    pb(1)
except TypeError as e:
    print("TypeError:", e)

# exceptions raised by the referent propagate unchanged
def fails(x):
    raise ValueError("bad value %r" % (x,))
pf = weakref.proxy(fails)
try:
    pf(7)
except ValueError as e:
    print("ValueError:", e)

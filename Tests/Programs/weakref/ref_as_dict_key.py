# Refs as dict keys: equal referents collide, dead refs keep working via cached hash
import weakref

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

p1 = Point(1, 2)
p2 = Point(1, 2)
p3 = Point(3, 4)
d = {}
d[weakref.ref(p1)] = "first"
d[weakref.ref(p2)] = "second"
d[weakref.ref(p3)] = "third"
print("size:", len(d))
print("lookup p1:", d[weakref.ref(p1)])
print("lookup p3:", d[weakref.ref(p3)])
print("values:", sorted(d.values()))

# keys whose referents died can still be found by the same ref object
keys = list(d)
del p3
k3 = [k for k in keys if k() is None]
print("dead keys:", len(k3))
print("found by identity:", d[k3[0]])
print("live lookup still works:", d[weakref.ref(p2)])

# a set of refs deduplicates equal referents
s = {weakref.ref(p1), weakref.ref(p2), weakref.ref(p1, lambda w: None)}
print("set size:", len(s))

# WeakKeyDictionary: distinct but equal keys share one entry, which dies with the key stored first
import weakref

class Point:
    def __init__(self, x, y, tag):
        self.x, self.y, self.tag = x, y, tag
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(%d, %d, %s)" % (self.x, self.y, self.tag)

first = Point(1, 2, "first")
second = Point(1, 2, "second")
print("equal:", first == second, "same:", first is second)
d = weakref.WeakKeyDictionary()
d[first] = "from first"
d[second] = "from second"
print("entries:", len(d), list(d.items()))
print("lookup through either:", d[first], d[second], second in d)
print("key object kept is:", list(d)[0].tag)
del first
print("after del first:", len(d), list(d.items()), second in d)
d[second] = "now second"
print("re-stored:", list(d.items()))
third = Point(1, 2, "third")
print("lookup with third:", d[third])
del third
print("third dying does not matter:", list(d.items()))
del second
print("after del second:", len(d))
p, q = Point(5, 5, "p"), Point(5, 5, "q")
d = weakref.WeakKeyDictionary([(p, 1), (q, 2)])
print("constructed from pairs:", list(d.items()))
del q
print("q died:", list(d.items()))

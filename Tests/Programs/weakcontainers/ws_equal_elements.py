# WeakSet: distinct but equal elements share one slot, which dies with the element added first
import weakref

class Point:
    def __init__(self, x, tag):
        self.x, self.tag = x, tag
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
    def __hash__(self):
        return hash(self.x)

first, second = Point(1, "first"), Point(1, "second")
s = weakref.WeakSet()
s.add(first)
s.add(second)
print("len:", len(s), "stored:", [p.tag for p in s])
print("second in s:", second in s, "Point(1, 'x') in s:", Point(1, "x") in s)
del first
print("after first died:", len(s), second in s)
s.add(second)
print("re-added second:", [p.tag for p in s])
s.discard(Point(1, "other"))
print("discard through an equal point:", len(s))
s = weakref.WeakSet([Point(2, "temp"), second])
print("constructed:", [p.tag for p in s])

# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 20
print(p.y)
print(P.__slots__)
print(type(P.__dict__["x"]).__name__)

# Unset slot
class Q:
    __slots__ = ["a", "b"]
q = Q()
q.a = 1
print(hasattr(q, "a"), hasattr(q, "b"))
try:
    print(q.b)
except AttributeError as e:
    print(type(e).__name__, e)

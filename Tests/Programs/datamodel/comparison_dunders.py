# Rich comparisons, NotImplemented and reflection
TRACE = True
def trace(*args):
    if TRACE:
        print(*args)
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V(%d)" % self.n
    def __eq__(self, other):
        trace("  V.__eq__", self, other)
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented
    def __lt__(self, other):
        trace("  V.__lt__", self, other)
        if isinstance(other, V):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented
    def __le__(self, other):
        trace("  V.__le__", self, other)
        if isinstance(other, V):
            return self.n <= other.n
        return NotImplemented
a, b = V(1), V(2)
print(a < b)
print(a > b)       # reflected: b.__lt__(a)
print(a <= b)
print(a >= b)      # reflected: b.__le__(a)
print(a == V(1), a != V(1), a != b)
print(a < 5)
print(5 > a)       # int returns NotImplemented, then a.__lt__(5)
print(a == 1)      # both NotImplemented -> identity -> False
print(a != 1)
tests = [
    ("a < 'x'", lambda: a < 'x'),
    ("'x' > a", lambda: 'x' > a),
    ("a >= 3", lambda: a >= 3),
    ("a <= 'q'", lambda: a <= 'q'),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)

# Comparisons between unrelated plain objects
class P: pass
class Q: pass
try:
    P() < Q()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P() <= P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < "x"
except TypeError as e:
    print(type(e).__name__, e)

# Returning non-bool values from comparison methods
class Weird:
    def __lt__(self, other):
        return "less?"
    def __eq__(self, other):
        return [1, 2]
print(Weird() < 1, Weird() == 2)
print(1 > Weird())

# Chained comparisons call each method once
print(V(1) < V(2) < V(3))
# sorted uses __lt__ (call order not traced: it depends on the sort algorithm)
TRACE = False
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(7), V(5)]), min([V(3), V(7), V(5)]))

# min() and max()
print(min(3, 1, 2), max(3, 1, 2), min([5, 4, 6]), max("hello"), min("b", "a", "c"))
print(max([1, 5, 3], key=lambda x: -x), min(["aaa", "b", "cc"], key=len), max(["aaa", "b", "cc"], key=len))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max(1, 2.5), min(-1, -1.0), max(True, 0), min([[2], [1, 9], [1]]))

# Ties: the first maximal/minimal element wins
pairs = [("x", 1), ("y", 3), ("z", 3), ("w", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max("aAbB", key=str.lower), min("aAbB", key=str.lower))

# Errors
tests = [
    ("max([])", lambda: max([])),
    ("min([])", lambda: min([])),
    ("max()", lambda: max()),
    ("max(1)", lambda: max(1)),
    ("max(1, 'a')", lambda: max(1, "a")),
    ("max(1, 2, default=0)", lambda: max(1, 2, default=0)),
    ("min([1], bogus=1)", lambda: min([1], bogus=1)),
    ("max(None, None)", lambda: max(None, None)),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

# Works with iterators and generators
print(max(x * x for x in range(-5, 3)), min(iter([4, 2, 8])))
print(max(range(10), key=lambda n: n % 4))

# Custom objects with __lt__
class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Box(%d)" % self.v
boxes = [Box(3), Box(9), Box(1)]
print(max(boxes), min(boxes))

class NoOrder:
    pass
try:
    max(NoOrder(), NoOrder())
except TypeError as e:
    print(type(e).__name__, e)

# nan handling follows comparisons (order dependent)
nan = float("nan")
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))

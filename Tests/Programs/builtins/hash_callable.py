# hash() of ints, bools, floats and tuples (deterministic), and callable()
import sys
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(True), hash(False), hash(1.0), hash(2.5), hash(-0.0), hash(0.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((None,)) == hash((None,)))
print(hash((1, 2)) == hash((1.0, 2)), hash(1) == hash(1.0) == hash(True))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width)
print(hash(range(3)) == hash(range(3)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))

# Equal objects have equal hashes -> dict lookups across types
d = {1: "int one"}
print(d[1.0], d[True], {0: "zero"}[False])
s = {1, 1.0, True}
print(len(s))

# Unhashable types
for v in [[], {}, set(), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)

# callable()
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def f():
    pass
items = [f, lambda: 0, print, len, int, WithCall, WithCall(), Without, Without(), 1, "s", None,
         [].append, str.upper, type, object]
print([callable(x) for x in items])

# hash of instances is stable during the lifetime of the object
w = Without()
print(hash(w) == hash(w), hash(w) == hash(Without()))

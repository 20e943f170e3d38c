# sum(), any(), all()
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2.0]))
print(sum([1, 2], 10), sum([1, 2], start=100), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([True, True, False]), sum(x * x for x in range(4)))
print(sum([10 ** 20, 1, -(10 ** 20)]))

for label, thunk in [
    ("sum(['a', 'b'])", lambda: sum(["a", "b"])),
    ("sum(['a'], '')", lambda: sum(["a"], "")),
    ("sum([1, 'a'])", lambda: sum([1, "a"])),
    ("sum(5)", lambda: sum(5)),
    ("sum([[1]])", lambda: sum([[1]])),
]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))
    __radd__ = __add__
print(sum([Vec(1), Vec(2), Vec(3)]).x, sum([Vec(1)], Vec(10)).x)

print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any("abc"), all(""), all([[]]), any([[]]))

# Short-circuit evaluation
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), seen)
seen.clear()
print(all(check(v) for v in [1, 1, 0, 1]), seen)

# Returns a bool, not the element
print(any([0, "x"]), all([1, "y"]), type(any([5])).__name__)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)

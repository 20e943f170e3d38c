# Default equality, __ne__ derived from __eq__, and subclass priority
class Plain:
    pass

p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 != p1)
print(p1 in [p2, p1], [p1].count(p1), [p1].index(p1))

class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print("  Eq.__eq__ called")
        return isinstance(other, Eq) and self.k == other.k

print(Eq(1) != Eq(1))    # __ne__ inverts __eq__
print(Eq(1) != Eq(2))
print(Eq(1) == "str")

# Explicit __ne__ wins over the inverted __eq__
class Contrary(Eq):
    def __ne__(self, other):
        return "custom ne"
print(Contrary(1) != Contrary(1))

# Reflected operand from a subclass is tried first
class Base:
    def __eq__(self, other):
        print("  Base.__eq__")
        return NotImplemented
class Sub(Base):
    def __eq__(self, other):
        print("  Sub.__eq__")
        return True
print(Base() == Sub())
print(Sub() == Base())

# Only the left is tried when the right is not a subclass
class Left:
    def __eq__(self, other):
        print("  Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("  Right.__eq__")
        return NotImplemented
print(Left() == Right())
l = Left()
print(l == l)
print(l != Right())

# Containers use identity first, then ==
class NeverEqual:
    def __eq__(self, other):
        return False
n = NeverEqual()
print(n == n, n in [n], [n] == [n], (n,) == (n,))
print({"k": n} == {"k": n})

# nan is not equal to itself, but containers use identity
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], [float("nan")] == [float("nan")])

# __eq__ returning NotImplemented for ints vs custom
class IntLike:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, int):
            return self.v == other
        return NotImplemented
print(3 == IntLike(3), IntLike(3) == 3, 4 != IntLike(3), IntLike(3) == IntLike(3))

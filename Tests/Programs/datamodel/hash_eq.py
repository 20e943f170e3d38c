# __hash__ and __eq__ interplay
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {}
    d[OnlyEq(1)] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Hashable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Hashable) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "H(%r)" % (self.v,)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), sorted(s, key=lambda h: h.v))
d = {Hashable("a"): 1}
d[Hashable("a")] = 2
print(d)
print(hash(Hashable(5)) == hash(5), Hashable(5) in s, Hashable(3) in s)

# Plain objects are hashable by identity
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: "x"}[p])

# Explicit __hash__ = None makes a class unhashable
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)

# Subclass of an eq-only class stays unhashable; redefining __eq__ in subclass resets hash
class Parent:
    def __hash__(self):
        return 7
class Child(Parent):
    def __eq__(self, other):
        return True
print(hash(Parent()), Child.__hash__)
class Child2(Parent):
    def __eq__(self, other):
        return True
    __hash__ = Parent.__hash__
print(hash(Child2()))

# Unary dunders, __index__, __int__, __float__
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V(%r)" % (self.n,)
    def __neg__(self):
        return V(-self.n)
    def __pos__(self):
        return V(+self.n)
    def __abs__(self):
        return V(abs(self.n))
    def __invert__(self):
        return V(~self.n)
v = V(-5)
print(-v, +v, abs(v), ~v, -(-v))
class NoUnary:
    pass
for label, thunk in [("-x", lambda: -NoUnary()), ("+x", lambda: +NoUnary()),
                     ("~x", lambda: ~NoUnary()), ("abs", lambda: abs(NoUnary())),
                     ("~1.5", lambda: ~1.5)]:
    try:
        thunk()
    except TypeError as e:
        print(label, type(e).__name__, e)

# __index__ lets objects act as integers in int-only places
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
data = list("abcdefgh")
print(data[Idx(2)], data[Idx(1):Idx(6):Idx(2)])
print(list(range(Idx(3))), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2), Idx(4).__index__())
print(int(Idx(7)), "%d" % Idx(9))
print(round(2.5), round(3.5), round(7.25, Idx(1)))
class NoIndex:
    pass
try:
    data[NoIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(NoIndex())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)

# __int__ and __float__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
m = Money(1234)
print(int(m), float(m))
try:
    data[m]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)

# Conversions of builtins
print(int(3.99), int(-3.99), int("  42 "), int(True), float(7), float("1e3"))
print(-True, +False, ~True, abs(-0.0), -0.0)

# Binary arithmetic dunders and reflected variants
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def _val(self, other):
        if isinstance(other, Num):
            return other.v
        if isinstance(other, (int, float)):
            return other
        return None
    def __add__(self, o):
        x = self._val(o)
        return NotImplemented if x is None else Num(self.v + x)
    def __radd__(self, o):
        print("  __radd__", o)
        return Num(o + self.v)
    def __sub__(self, o):
        x = self._val(o)
        return NotImplemented if x is None else Num(self.v - x)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        x = self._val(o)
        return NotImplemented if x is None else Num(self.v * x)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return Num(self.v / self._val(o))
    def __floordiv__(self, o):
        return Num(self.v // self._val(o))
    def __mod__(self, o):
        return Num(self.v % self._val(o))
    def __divmod__(self, o):
        return (self // o, self % o)
    def __pow__(self, o, mod=None):
        return Num(pow(self.v, self._val(o), mod))
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __matmul__(self, o):
        return "matmul %r @ %r" % (self, o)
    def __lshift__(self, n):
        return Num(self.v << n)
    def __and__(self, o):
        return Num(self.v & self._val(o))
    def __or__(self, o):
        return Num(self.v | self._val(o))
    def __xor__(self, o):
        return Num(self.v ^ self._val(o))
a, b = Num(7), Num(3)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(a + 1, 1 + a, 10 - a, 2 * a, a * 2.5)
print(divmod(a, b), a ** 2, 2 ** b, pow(a, 2, 5))
print(a @ b, a << 2, a & 6, a | 8, a ^ 1)
print(sum([Num(1), Num(2), Num(3)]))

# Unsupported operations
tests = [
    ("a + 'str'", lambda: a + "str"),
    ("'str' + a", lambda: "str" + a),
    ("a - None", lambda: a - None),
    ("a >> 1", lambda: a >> 1),
    ("1 @ a", lambda: 1 @ a),
    ("[] - []", lambda: [] - []),
    ("1 + 'x'", lambda: 1 + "x"),
    ("'x' + 1", lambda: "x" + 1),
    ("'x' * 'y'", lambda: "x" * "y"),
    ("-'x'", lambda: -"x"),
    ("None + None", lambda: None + None),
    ("{} | 1", lambda: {} | 1),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

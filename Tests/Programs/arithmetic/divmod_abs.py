# divmod() and abs() across int, float, bool and big ints
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1e20, 7))
print(divmod(10 ** 25, 7), divmod(-(10 ** 25), 7))
print(divmod(True, 2), divmod(9, True))
print(type(divmod(5, 2)).__name__, type(divmod(5.0, 2)[0]).__name__)
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-3.5), abs(True), abs(False))
print(abs(-10 ** 30), abs(float('-inf')), abs(float('nan')))
print(abs(-2 ** 63), type(abs(-2)).__name__, type(abs(-2.0)).__name__, type(abs(True)).__name__)
class Vec:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return 'abs of %d' % self.x
    def __divmod__(self, other):
        return ('divmod', self.x, other)
    def __rdivmod__(self, other):
        return ('rdivmod', other, self.x)
print(abs(Vec(3)), divmod(Vec(1), 2), divmod(2, Vec(1)))
for bad in ['abc', [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [(1, 'x'), ('x', 1), (1, None)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(abs(v) for v in [-1, 2, -3]), max([-7, 3, -1], key=abs))
print(sorted([-5, 3, -1, 4, -2], key=abs))

# round(): banker's rounding, ndigits, negative ndigits, float representation effects
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5]])
print([round(x) for x in [0.4, 0.6, 1.4999, -0.6, 2.5000001]])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(3.5, 0))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(1.23456, 4))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(1234, -2), round(1250, -2), round(1251, -2), round(-1250, -2))
print(round(7, 2), round(7, 0), type(round(7, 2)).__name__, round(7, -5))
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 15))
print(round(1e16, 2), round(1.5e-10, 10), round(1.5e-10, 11), round(123.456, 20))
print(round(-0.0), round(-0.4), round(-0.4, 1), round(0.04, 1), round(-0.04, 1))
print(round(True), round(False, 2), round(2.5, None))
print(round(float('inf'), 2), round(float('nan'), 2))
for bad in [lambda: round(float('inf')), lambda: round(float('nan')),
            lambda: round('1.5'), lambda: round(1.5, 1.5), lambda: round(1.5, '1')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for x in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]:
    print(round(x, 1), end=' ')
print()
print([round(i / 8, 2) for i in range(9)])
print(round(123456789.987654321, 3), round(2 ** 60 + 0.5))
class Money:
    def __round__(self, n=None):
        return 'rounded %r' % (n,)
print(round(Money()), round(Money(), 2))

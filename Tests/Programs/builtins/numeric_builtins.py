# abs, round, divmod, pow and integer/float arithmetic semantics
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(1.2345, 2), round(1.2355, 3), round(2.675, 2), round(123.456, -1), round(1250, -2), round(1350, -2))
print(round(5), round(5, 2), round(-15, -1), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(17 // 5, -17 // 5, 17 % 5, -17 % 5, 17 % -5, -17 % -5)
print(pow(2, 10), pow(2, -1), pow(2, 0.5), pow(-2, 3), pow(3, 4, 5), pow(3, -1, 7))
print(2 ** 100, (-2) ** 3, 2 ** -2, 0 ** 0, 10 ** 0.5)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 1 / 3)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7, (10 ** 20) * (10 ** 20))
print(int.__name__, (5).real, (5).numerator, (5).denominator, (-5).conjugate())
print(max(1, 2) + min(3, 4), sum([0.1, 0.2]), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(True + True, True * 10, False - 1, True / 2, -True)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3)
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0, 2 != 2.0, 10 ** 16 == 10.0 ** 16, 2 ** 53 + 1 == float(2 ** 53 + 1))

for label, thunk in [
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("divmod(1, 0.0)", lambda: divmod(1, 0.0)),
    ("round(1.5, 'x')", lambda: round(1.5, "x")),
    ("1 << -1", lambda: 1 << -1),
    ("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("abs()", lambda: abs()),
]:
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

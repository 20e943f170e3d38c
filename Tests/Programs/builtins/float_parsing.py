# float() parsing and float repr
texts = ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", "-1.5e+2", ".5", "5.", "1_000.5",
         "inf", "-inf", "Infinity", "+INF", "nan", "-NaN", "0", "-0", "1e400", "-1e400", "1e-400"]
for t in texts:
    print(repr(t), "->", repr(float(t)))

for bad in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x10", "1,5", "- 1", "infinity and beyond"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)

# Shortest repr round-trips
for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e16, 1e15, 123456789.123456789, 5e-324, 1.7976931348623157e308]:
    print(repr(x), float(repr(x)) == x)
print(float(10), float(-0), float(True), float(2 ** 53 + 1))
print(1e16, 1e15 + 0.5, 12345678901234567890.0, 0.000001, 0.0000001)
print(-0.0, 0.0 == -0.0, str(-0.0), 100.0, 1.10, 3.14159265358979)

# Float methods
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5))
print(1.5 // 1, -1.5 // 1, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf") < -1e308)
print(int(2.5), int(-2.5), 10 / 4, 10 / 5, 2 ** 0.5)

import math

print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, -0.0 % 1, divmod(-7, 2), divmod(7.5, -2))
print(2 ** 100, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 10 ** 20, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(10 / 4, 10 / 5, 1 / 3, -1 / 3, 2 / 3 * 3, 0.1 + 0.2, 0.1 * 3, 1 - 0.9)
big = 123456789 ** 5
print(big, big // 10 ** 20, big % 97, -big // 7, -big % 7, big.bit_length(), len(str(big)))
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1, (2 ** 64) // 3, 2 ** 64 * -1 // 5)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, abs(-9223372036854775808))
print(int("9" * 30) + 1, int("-" + "1" * 25) * 3, 10 ** 30 // 10 ** 29, 10 ** 30 / 10 ** 29)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-0.5))
print(round(3.14159, 3), round(1e20), round(7), type(round(2.5)), type(round(2.5, 0)), round(15, -1), round(25, -1))
print(int(3.9), int(-3.9), int("  42  "), int("-0"), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("z", 36), int(True))
print(float("1e3"), float("-inf"), float(" 2.5 "), float("nan") != float("nan"), float(3), float("1_000.5"))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, inf > 1e308, -inf < 0, nan == nan, nan is nan, math.isnan(nan), math.isinf(-inf))
print(inf + 1, inf / inf if False else "skip", math.copysign(1, -0.0), -0.0 == 0.0)
print(repr(0.1), repr(1.0), repr(100.0), repr(1e16), repr(1e15), repr(123456789.123456789), repr(1e-5), repr(0.0001))
print(3.0 == 3, hash(3.0) == hash(3), 1 == 1.0 == True, 0.5.is_integer(), (4.0).is_integer(), (7).bit_length())
print(abs(-5), abs(-5.5), abs(0), -abs(3), +3, -(-3), ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -16 >> 2, 5 >> 10)
print(max(1, 2.5), min(-1, -1.0), sum([0.1] * 10), sum([1, 2], 10), math.fsum([0.1] * 10))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3), divmod(7, 7.0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, math.isclose(0.1 + 0.2, 0.3))
print(int(1e20), int(-1.5e19), int(2 ** 53 + 1.0), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 18 < 10 ** 19 < 10.0 ** 20, 2 ** 64 > 1.8e19, 2 ** 1000 > 1e300, -(2 ** 70) < -1e20)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True & False, True | 0)
print(hex(255), hex(-255), oct(8), bin(-5), bin(2 ** 65), hex(2 ** 64), int("-0o17", 0), int("1_000"))
print(7 .__add__(3), (7).__mul__(2), (3).__truediv__(2), (2).__pow__(5), (5).__rsub__(10), int.__add__(1, 2))
print((-7).__floordiv__(2), (7).__mod__(-3), (2.0).__add__(1), (1).__add__(1.0))
print((0.5).as_integer_ratio(), (10).real, (3.5).imag if False else 0)
for bad in ["1/0", "1%0", "1//0", "1.0/0", "2**-1 // 0", "divmod(1, 0)", "0.0 ** -1", "pow(0, -1)"]:
    try:
        eval_result = {"1/0": lambda: 1 / 0, "1%0": lambda: 1 % 0, "1//0": lambda: 1 // 0, "1.0/0": lambda: 1.0 / 0,
                       "2**-1 // 0": lambda: 2 ** -1 // 0, "divmod(1, 0)": lambda: divmod(1, 0),
                       "0.0 ** -1": lambda: 0.0 ** -1, "pow(0, -1)": lambda: pow(0, -1)}[bad]()
    except ZeroDivisionError as e:
        print(f"{bad}: ZeroDivisionError: {e}")
for bad in ["12a", "", " ", "1.5", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "1.2.3", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), type(math.floor(2.0)), math.gcd(12, 18), math.factorial(20))
print(math.pi, math.e, math.tau, math.inf, math.sqrt(2), math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), round(math.atan2(1, 1), 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.isqrt(99), math.exp(0), math.pow(2, 3), math.fabs(-2))
print(1_000_000, 0b1010, 0o777, 0xDEAD_BEEF, 1e3, 1E-3, .5, 5., 0.0, 00, 1_0.0_1)

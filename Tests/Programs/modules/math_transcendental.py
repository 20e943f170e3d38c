# math: logarithms, exponentials, trigonometry, fsum, isclose
# Values are printed rounded so that the last-bit differences between libm
# implementations cannot matter.
import math

def r(x):
    return round(x, 10)

print(r(math.log(math.e)), r(math.log(1)), r(math.log(100, 10)), r(math.log(8, 2)), r(math.log(81, 3)))
print(math.log2(8), math.log2(1024), math.log10(1000), math.log10(0.001), r(math.log2(10)))
print(round(math.log1p(1e-10) * 1e10, 6), r(math.exp(0)), r(math.exp(1)), r(math.exp(-1)), round(math.expm1(1e-10) * 1e10, 6))
print(r(math.sin(0)), r(math.sin(math.pi / 2)), r(math.cos(0)), r(math.cos(math.pi)), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(1)), r(math.atan(1) * 4), r(math.atan2(1, 1)), r(math.atan2(-1, -1)))
print(math.atan2(0, 1), r(math.atan2(1, 0)), r(math.atan2(0, -1)))
print(r(math.degrees(math.pi)), r(math.radians(180)), r(math.sinh(1)), r(math.cosh(0)), r(math.tanh(100)))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2), math.pow(0, 0), type(math.pow(2, 2)).__name__)

# fsum is exact where sum is not
values = [0.1] * 10
print(sum(values), math.fsum(values), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([0.5, 0.25, 0.125]), math.fsum(range(5)))

# isclose with default and explicit tolerances
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))

tests = [
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("asin(2)", lambda: math.asin(2)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("isclose neg tol", lambda: math.isclose(1, 1, rel_tol=-1)),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)

# Round-trip identities
for x in [0.5, 1.0, 2.0, 10.0]:
    print(x, r(math.exp(math.log(x))), r(math.sin(x) ** 2 + math.cos(x) ** 2))

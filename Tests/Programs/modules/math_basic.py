# math: rounding functions, constants, special values
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.inf == float("inf"), math.nan == math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e100), math.isqrt(17), math.isqrt(10 ** 20))
for x in [2.5, -2.5, 2.0, -0.5, 3.999, -3.999, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(10 ** 20 + 0.0), math.ceil(1e300) > 10 ** 299)
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(math.inf))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isinf(1e308 * 10))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(0))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(3.75), math.modf(-2.5))
print(math.inf + 1, math.inf - math.inf, math.inf * 0, -math.inf < -1e308, math.inf > 10 ** 400)
print(math.nan != math.nan, math.nan < 1, math.nan > 1, math.nan in [math.nan])
print(math.ldexp(1.5, 3), math.frexp(12.0), math.ulp(1.0) == 2 ** -52)

# Errors
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil('x')", lambda: math.ceil("x")),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("trunc(None)", lambda: math.trunc(None)),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)

# __floor__/__ceil__/__trunc__ hooks
class Num:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))

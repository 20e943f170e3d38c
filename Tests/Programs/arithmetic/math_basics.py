# Selected math module functions
import math
print(math.pi, math.e, math.tau, math.inf)
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.trunc(-3.7))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20), math.ceil(5))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.perm(5, 2), math.comb(5, 7))
print(math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100, 10))
print(math.exp(0), math.exp(1), math.pow(2, 10), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 1, 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.copysign(3, -0.0), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(math.nan))
print(math.dist((0, 0), (3, 4)), math.floor(-0.5), math.ceil(-0.5))
print(math.remainder(7, 3), math.remainder(8, 3))
errors = [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(-1),
          lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.floor('x'),
          lambda: math.comb(-1, 2), lambda: math.log(0), lambda: math.acos(2),
          lambda: math.floor(float('inf')), lambda: math.ceil(float('nan'))]
for f in errors:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.sqrt(10 ** 20), math.floor(1e300) % 1000)

# math: integer functions
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7, 13))
print(math.gcd(), math.gcd(24), math.gcd(12, 18, 30), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print([math.factorial(n) for n in range(11)])
print(math.factorial(25), len(str(math.factorial(100))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2, 0.5]), math.prod([3], start=2))
print(math.prod([1.5, 2]), math.prod([10 ** 10] * 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 100 + 1))

tests = [
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial(5.0)", lambda: math.factorial(5.0)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(5, -2)", lambda: math.comb(5, -2)),
    ("perm(-3)", lambda: math.perm(-3)),
    ("gcd(1.5, 3)", lambda: math.gcd(1.5, 3)),
    ("comb(5.0, 2)", lambda: math.comb(5.0, 2)),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

# Pascal's triangle via comb
for n in range(6):
    print(" ".join(str(math.comb(n, k)) for k in range(n + 1)))

# Consistency checks
n, k = 12, 5
print(math.perm(n, k) == math.factorial(n) // math.factorial(n - k))
print(math.comb(n, k) == math.perm(n, k) // math.factorial(k))
print(math.gcd(n, k) * math.lcm(n, k) == n * k)

# Many small function calls: positional, keyword, default and *args arguments.

ITERATIONS = 2_800_000


def add(a, b):
    return a + b


def scale(x, factor=3, offset=1):
    return x * factor + offset


def clamp(value, *, lo=0, hi=1000):
    if value < lo:
        return lo
    if value > hi:
        return hi
    return value


def mix(a, b, c, d):
    return (a ^ b) + (c & d)


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def identity(x):
    return x


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i) & 0xFFFFFF
        acc = add(acc, scale(i)) & 0xFFFFFF
        acc += scale(i, factor=2) & 0xFF
        acc += scale(x=i, offset=5, factor=7) & 0xFF
        acc += clamp(i - 100, hi=50000)
        acc += mix(i, acc, 7, d=i)
        acc += identity(i & 15)
        acc += total(1, 2, i & 3)
        acc &= 0xFFFFFFF
    return acc


def main():
    a = run(ITERATIONS)
    b = fib(27)
    print(f"calls: {a} {b}")


main()

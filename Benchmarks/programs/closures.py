# Closures, nonlocal counters, lambdas, higher-order functions, map/filter.


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        return sum(items)

    return add, total


def run(n):
    counter = make_counter(0)
    for i in range(n):
        counter(i & 3)
    c = counter(0)

    add3 = make_adder(3)
    double = lambda x: x * 2
    f = compose(add3, double)
    g = compose(f, make_adder(-7))
    s = 0
    for i in range(n):
        s = (s + g(i)) & 0xFFFFFF

    a = apply_n(lambda x: (x * 5 + 1) % 1_000_003, n, 1)

    mapped = sum(map(lambda x: x * x % 97, range(n)))
    filtered = len(list(filter(lambda x: x % 7 == 3, range(n))))
    mapped2 = list(map(add3, filter(lambda x: x & 1, range(n // 2))))

    add, total = make_accumulator()
    for i in range(n // 4):
        add(i % 11)
    adders = [make_adder(i) for i in range(1000)]
    t = 0
    for _ in range(n // 1000):
        for fn in adders:
            t = fn(t) & 0xFFFFF
    return c, s, a, mapped, filtered, len(mapped2), total(), t


def main():
    totals = [0] * 8
    for r in range(4):
        for k, v in enumerate(run(800_000 + r)):
            totals[k] += v
    print("closures:", *totals)


main()

# Generators: lazy pipelines, send(), yield from, and generator expressions.


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i == n:
            return
        yield item


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print("primes:", list(take(10, primes())))
print("even squares:", list(take(5, (n * n for n in naturals() if n % 2 == 0))))


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


averager = running_average()
next(averager)
print("averages:", [averager.send(v) for v in (10, 20, 60)])


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print("flattened:", list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed at", n)


gen = countdown(5)
print(next(gen), next(gen))
gen.close()
print("words:", ", ".join(w.upper() for w in "generators are lazy".split()))

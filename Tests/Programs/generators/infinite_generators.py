# Infinite generators consumed with manual islice-like helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, iterable):
    result = []
    if n <= 0:
        return result
    for item in iterable:
        result.append(item)
        if len(result) == n:
            break
    return result
def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    for i, item in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield item
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def cycle(items):
    while True:
        for x in items:
            yield x
def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x
print(take(5, naturals()))
print(take(5, naturals(10)))
print(list(islice(naturals(), 3, 15, 4)))
print(take(15, fib()))
print(take(12, primes()))
print(take(7, cycle("abc")))
print(list(takewhile(lambda x: x < 60, fib())))
print(take(0, fib()))

# Interleaving several infinite generators
evens = (x for x in naturals() if x % 2 == 0)
odds = (x for x in naturals() if x % 2)
print([next(evens) if i % 2 == 0 else next(odds) for i in range(8)])

# A generator resumed after partial consumption keeps its position
f = fib()
print(take(3, f), take(3, f), next(f))

# Pipeline of infinite generators
def mapped(func, it):
    for x in it:
        yield func(x)
def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x
pipeline = mapped(lambda x: x * x, filtered(lambda x: x % 3 == 0, naturals(1)))
print(take(6, pipeline))

# Collatz sequence generator (finite but unknown length)
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))

# Generator expressions: laziness, single consumption, builtins consuming them
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(next((x for x in []), 'default'))
print(sum(x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 5]), all(x for x in [1, 0]), min(x % 7 for x in range(10, 20)))
print(sorted((c for c in 'banana'), reverse=True), tuple(i for i in range(3)))
print(set(c for c in 'aab') == {'a', 'b'}, dict((i, i * 2) for i in range(3)))
print(''.join(str(i) for i in range(5)), '-'.join(c for c in 'xyz' if c != 'y'))
log = []
def src():
    for i in range(3):
        log.append(f'yield {i}')
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(v) for v in [5, 1, 9]), seen)
nums = [1, 2, 3]
ge = (n * 2 for n in nums)
nums.append(4)
print(list(ge))
base = [10, 20]
ge2 = (x for x in base)
base = [99]
print(list(ge2))
pairs = ((a, b) for a in range(3) for b in range(a, 3))
print(list(pairs))
it = iter(range(10))
print(list(zip(it, it)))
def firstn(gen, n):
    out = []
    for item in gen:
        if len(out) == n:
            break
        out.append(item)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(firstn((x for x in naturals() if x % 7 == 3), 4))
print(sum(1 for _ in range(1000)), len(list(x for x in 'hello' if x == 'l')))
try:
    len(x for x in [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen1 = (x for x in [1])
    gen1[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1 / x for x in [1, 0, 2])
except ZeroDivisionError as e:
    print(type(e).__name__, e)

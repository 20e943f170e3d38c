# Generators consumed by for loops and builtins
def gen(n):
    for i in range(n):
        yield i

total = 0
for v in gen(5):
    total += v
print(total)
print(list(gen(4)), tuple(gen(3)), set(gen(3)) == {0, 1, 2})
print(sum(gen(11)), sum(gen(4), 100), max(gen(7)), min(gen(7)))
print(sorted(gen(4), reverse=True), list(reversed(list(gen(3)))))
print(list(enumerate(gen(3), start=1)))
print(list(zip(gen(3), "abcdef", gen(10))))
print(list(map(lambda a, b: a * b, gen(4), gen(4))))
print(list(filter(None, gen(5))))
print(dict(zip("abc", gen(3))))
print(any(gen(1)), any(gen(2)), all(gen(0)), all(x < 5 for x in gen(5)))
print(" ".join(map(str, gen(5))))
print(len(list(gen(1000))))

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print(type(e).__name__, e)

# 'in' consumes the generator up to the match
g = gen(10)
print(5 in g, next(g), 2 in g)

# Calling len() on a generator fails
try:
    len(gen(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen(3)[0]
except TypeError as e:
    print(type(e).__name__, e)

# Generator used in list.extend, str.join, and dict.update
items = [-1]
items.extend(gen(3))
print(items)
d = {}
d.update((str(i), i) for i in gen(3))
print(d)

# Generator methods and attributes
g = gen(2)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
print(g.__next__(), g.__next__())

# yield from: delegation and return values
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("  inner returned", repr(result))
    yield 3
    return "outer result"
g = outer()
print(list(g))
g = outer()
for x in g:
    print("got", x)
def collect():
    r = yield from outer()
    yield "outer gave " + r
print(list(collect()))

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 1}, (x * x for x in range(3)))))

# yield from an iterable returns None
def from_list():
    r = yield from [1]
    yield r
print(list(from_list()))

# Nested delegation depth
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    depth = yield from level(n - 1)
    yield "level %d" % n
    return depth + 1
def top():
    d = yield from level(3)
    yield "depth " + str(d)
print(list(top()))

# Flatten nested lists recursively
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# StopIteration value via yield from a generator that returns early
def early():
    return "early"
    yield
def wrapper():
    v = yield from early()
    yield v
print(list(wrapper()))

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# Return value of the outermost generator is on StopIteration
g = outer()
try:
    while True:
        next(g)
except StopIteration as e:
    print("final value:", e.value)

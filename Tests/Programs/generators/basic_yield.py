# Basic generator functions
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")

g = count_up(3)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")

print(list(count_up(2)))

# A generator object is its own iterator
g = count_up(1)
print(iter(g) is g)

# Multiple yields, no loop
def three():
    yield "a"
    yield "b"
    yield "c"
print(list(three()), tuple(three()), "".join(three()))

# Empty generator
def empty():
    return
    yield
print(list(empty()))

# Generator with return value early
def until_negative(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(until_negative([3, 1, 4, -1, 5])))

# Generators are independent
a, b = three(), three()
print(next(a), next(a), next(b), next(a), next(b))

# Function with yield anywhere is a generator, even if unreachable
def maybe(flag):
    if flag:
        return "returned"
    if False:
        yield
result = maybe(True)
print(type(result).__name__)
try:
    next(result)
except StopIteration as e:
    print("StopIteration value:", e.value)

# Local state preserved across yields
def running_total(items):
    total = 0
    for item in items:
        total += item
        yield total
print(list(running_total([1, 2, 3, 4, 5])))
print(count_up.__name__, three().__name__, three().__qualname__)

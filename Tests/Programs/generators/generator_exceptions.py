# Exceptions raised inside generators
def faulty():
    yield 1
    yield 2
    raise ValueError("something broke")
    yield 3
g = faulty()
results = []
try:
    for v in g:
        results.append(v)
except ValueError as e:
    print(type(e).__name__, e, results)
print("after failure:", list(g))

# Exception from the consumer side does not affect the generator until resumed
def counter():
    i = 0
    while True:
        yield i
        i += 1
c = counter()
try:
    for v in c:
        if v == 3:
            raise KeyError("consumer error")
except KeyError as e:
    print("consumer raised", e)
print("generator continues:", next(c), next(c))

# Generator already executing
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# Exceptions inside generator can be handled inside
def resilient(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError:
            yield "div by zero"
print(list(resilient([1, 0, 5])))

def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    increment.reset = reset
    increment.peek = peek
    return increment


c = make_counter()
print(c(), c(), c(), c.peek())
c.reset()
print(c.peek(), c())
d = make_counter(10, -2)
print(d(), d(), c())
print(c.__closure__ is not None, len(c.__closure__), c.__code__.co_freevars)


def make_accumulators():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def stats():
        return total, len(history), (total / len(history) if history else 0.0)

    return add, stats


add, stats = make_accumulators()
for v in [3, 5, 10]:
    add(v)
print(stats())

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    x = "changed"
    return middle()


print(outer())

counter_value = 0


def bump():
    global counter_value
    counter_value += 1
    return counter_value


print(bump(), bump(), counter_value)


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*args, *more)
    return curried


add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))


def memo_gen():
    cache = {}

    def get(n):
        if n not in cache:
            cache[n] = n ** 2
        return cache[n]
    return get, cache


get, cache = memo_gen()
get(3), get(4), get(3)
print(sorted(cache.items()))


def generator_closure():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 100
        fns.append(f)
    return fns


print([f() for f in generator_closure()])


def cell_shared():
    value = []

    def push(x):
        value.append(x)

    def get():
        return value

    return push, get


push, get = cell_shared()
push(1); push(2)
print(get())


def nonlocal_chain():
    a = 1

    def level1():
        nonlocal a
        a += 1

        def level2():
            nonlocal a
            a *= 10
            return a
        return level2()
    r = level1()
    return a, r


print(nonlocal_chain())
x = 5


def shadow():
    x = 1
    return [x for _ in range(2)], (lambda: x)()


print(shadow(), x)

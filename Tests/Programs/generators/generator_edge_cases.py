def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")


g = gen()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration:
    print("done")
print(g.gi_frame is None if hasattr(g, "gi_frame") else True)


def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2


c = closer()
next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def wrapper():
    result = yield from countdown(3)
    yield result


print(list(wrapper()))


def inner_raises():
    yield 1
    raise KeyError("inner")


def outer():
    try:
        yield from inner_raises()
    except KeyError as e:
        yield f"outer caught {e}"


print(list(outer()))


def stop_inside():
    yield 1
    raise StopIteration


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
gexp = (i * i for i in range(4))
print(sum(gexp), sum(gexp))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
f.close()
print(next(f, "closed"))


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulate()
next(acc)
for v in (1, 2, 3):
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print("total", e.value)


def lazy_map(fn, it):
    for x in it:
        yield fn(x)


pipeline = lazy_map(str, lazy_map(lambda x: x * 10, range(3)))
print(list(pipeline), list(pipeline))
print(list(zip(fib(), "abc")), dict(zip("xy", fib())))


def gen_with_finally_return():
    try:
        yield 1
    finally:
        print("finally with return")


for v in gen_with_finally_return():
    pass
x = gen_with_finally_return()
next(x)
x = None
print("x released")
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    g2 = gen()
    g2.send("early")
except TypeError as e:
    print("TypeError:", e)

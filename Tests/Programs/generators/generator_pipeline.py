def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code


def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


def convert(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        yield k, v


config_text = """
# settings
name = tern
workers = 4  # threads
debug = True

timeout=30
"""
config = dict(convert(parse(strip_comments(read_lines(config_text)))))
print(config)


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(take(15, primes())))
squares = (n * n for n in naturals())
print(list(take(5, squares)), next(squares))


def delegator():
    result = yield from inner()
    print("inner returned", result)
    yield "after"
    return "delegator done"


def inner():
    x = yield "first"
    print("inner got", x)
    y = yield "second"
    print("inner got", y)
    return x + y


g = delegator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree(child, depth + 1)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
print("\n".join(tree(t)))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in {"a": [10, 20, 30], "b": [1, 2]}.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)


def gen_with_return():
    yield 1
    return "value"


print(list(gen_with_return()))
g = gen_with_return()
print(g.__name__, type(g).__name__, iter(g) is g)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)


e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
try:
    e.send("c")
except StopIteration:
    print("send after close -> StopIteration")
g = (x for x in range(3))
try:
    g.send(1)
except TypeError as err:
    print("TypeError:", err)
print(next(g), g.send(None), list(g))


def relay():
    try:
        yield from echo()
    except GeneratorExit:
        print("relay got GeneratorExit")
        raise


r = relay()
next(r)
r.send("x")
r.close()


def thrower():
    try:
        yield 1
    except ValueError as exc:
        yield f"handled {exc}"
    yield "end"


th = thrower()
print(next(th), th.throw(ValueError("v")), next(th))
th2 = thrower()
try:
    th2.throw(KeyError("k"))
except KeyError as exc:
    print("unstarted throw raises", repr(exc))
print(list(th2))


def running():
    yield gen_self.gi_running


gen_self = running()
print(gen_self.gi_running, next(gen_self))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as exc:
    print("TypeError:", exc)

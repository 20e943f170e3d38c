# next(gen) and gen.send(v) resume the generator inside the dispatch loop; every outcome must
# match what the builtin calls do.


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            if value == "stop":
                return received
    finally:
        print("echo finally")


def raiser():
    yield 1
    raise KeyError("inside")


def leaky():
    yield 1
    raise StopIteration("leak")


def delegating():
    result = yield from echo()
    yield ("delegate got", result)


def main():
    g = echo()
    print(next(g), g.send("a"), g.send("b"))
    try:
        g.send("stop")
    except StopIteration as e:
        print("returned:", e.value, e.args)
    try:
        next(g)
    except StopIteration as e:
        print("again:", e.args)

    fresh = echo()
    try:
        fresh.send("too early")
    except TypeError as e:
        print("TypeError:", e)
    print(fresh.send(None))
    fresh.close()

    r = raiser()
    print(next(r))
    try:
        next(r)
    except KeyError as e:
        print("KeyError from generator:", e)
    print(next(r, "default"))

    l = leaky()
    next(l)
    try:
        next(l)
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

    def self_next():
        yield next(me)
    me = self_next()
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)

    d = delegating()
    print(next(d), d.send(1), d.send("stop"))

    plain = (x * x for x in range(3))
    print(next(plain), next(plain), next(plain), next(plain, "done"))
    try:
        next(plain)
    except StopIteration as e:
        print("genexpr exhausted", e.args)

    total = 0
    acc = echo()
    next(acc)
    for i in range(1000):
        total += acc.send(i)
    print(total)
    acc.close()


main()

# Generators driven by for loops: yields, returns, exceptions and sys.exc_info across resumptions.
import sys


def numbers(n):
    for i in range(n):
        yield i
    return "done"


def leaks_stop():
    yield 1
    raise StopIteration("inner")


def raises_after(k):
    for i in range(k):
        yield i
    raise ValueError(f"after {k}")


def handled_inside():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


def self_iterating():
    for x in gen:
        yield x


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield x


def deep(depth):
    yield depth
    for x in deep(depth + 1):
        yield x


def main():
    total = 0
    for x in numbers(5):
        total += x
    print("sum", total)

    try:
        for x in leaks_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

    try:
        for x in raises_after(2):
            print("before error", x)
    except ValueError as e:
        print("caught", e)

    # The loop body runs inside a handler; the generator sees its own exc_info.
    try:
        raise TypeError("outer")
    except TypeError:
        for name in handled_inside():
            print("in generator:", name, "| loop sees:", sys.exc_info()[0].__name__)
    print("after:", sys.exc_info())

    g = numbers(10)
    for x in g:
        if x == 3:
            break
    print("resumed by next:", next(g), next(g))
    for x in g:
        pass
    print("exhausted:", list(g))

    global gen
    gen = self_iterating()
    try:
        for x in gen:
            pass
    except ValueError as e:
        print("ValueError:", e)

    print(list(nested(50)))
    try:
        for x in deep(0):
            pass
    except RecursionError:
        print("RecursionError reached at depth", x > 100)

    # Generators inside generators with else clauses and comprehension consumers.
    for x in numbers(0):
        print("never")
    else:
        print("empty loop else")
    print([y * 2 for y in numbers(4)], sum(z for z in numbers(4)))

    # A generator that is closed while a loop is suspended in it.
    def closing():
        try:
            yield 1
            yield 2
        finally:
            print("finally runs")
    c = closing()
    for x in c:
        c.close()
        print("closed while looping at", x)
    print("state", c.gi_running)

    # A traceback through a loop-resumed generator names both frames.
    try:
        for x in raises_after(0):
            pass
    except ValueError as e:
        tb, lines = e.__traceback__, []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(lines)


main()

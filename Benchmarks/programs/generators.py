# Generator functions, yield from, generator expressions consumed by sum() etc.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x % 65_521


def chain(*its):
    for it in its:
        yield from it


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def accumulate(gen_sender, values):
    # generator with send()
    next(gen_sender)
    last = 0
    for v in values:
        last = gen_sender.send(v)
    return last


def running_total():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    a = sum(squares(evens(count_up(7_000_000))))
    b = sum(x * 3 for x in range(7_000_000) if x & 1)
    c = sum(chain(range(1000), count_up(2_500_000), (i for i in range(600_000))))
    d = sum(tree(19))
    f = 0
    for i, v in enumerate(fib_gen()):
        if i >= 2000:
            break
        f ^= v & 0xFFFF
    e = accumulate(running_total(), range(3_600_000))
    m = max(len(str(x)) for x in range(1_200_000))
    lst = list(x for x in count_up(2_500_000) if x % 3 == 0)
    print(f"generators: {a} {b} {c} {d} {f} {e} {m} {len(lst)}")


main()

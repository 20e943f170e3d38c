class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2:
    """Re-iterable: __iter__ returns a fresh iterator each time."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iterator(self.n)

    def __len__(self):
        return self.n

    def __reversed__(self):
        return iter([i for i in range(self.n)][::-1])


class Range2Iterator:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1

    def __iter__(self):
        return self


cd = Countdown(3)
print(list(cd), list(cd))
r = Range2(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), list(reversed(r)))
print([x * y for x in r for y in r if x < y])
it = iter(r)
print(next(it), next(it), list(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(zip(Countdown(5), r, "ab")))
print(dict(enumerate(Countdown(3), start=10)))
print(3 in Range2(5), 7 in Range2(5), 2 in Countdown(4))


class Sequence:
    """Old-style iteration through __getitem__ only."""

    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        print(f"  getitem {i}")
        return self.items[i]


seq = Sequence("a", "b", "c")
print(list(seq))
print("b" in seq)
for ch in Sequence("x"):
    print(ch)
print(iter(seq).__class__.__name__)


class NotIterable:
    pass


for thing in [NotIterable(), 42, None]:
    try:
        iter(thing)
    except TypeError as e:
        print("TypeError:", e)
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


f = Fib(100)
print(list(f), len(list(f)), list(filter(lambda x: x % 2, f)))
fi = iter(f)
print(type(fi).__name__, next(fi), next(fi), next(fi))


class Peekable:
    _sentinel = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._sentinel

    def __iter__(self):
        return self

    def __next__(self):
        if self._peeked is not self._sentinel:
            value, self._peeked = self._peeked, self._sentinel
            return value
        return next(self._it)

    def peek(self, default=None):
        if self._peeked is self._sentinel:
            try:
                self._peeked = next(self._it)
            except StopIteration:
                return default
        return self._peeked


p = Peekable("xyz")
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("done"))


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        chunk = []
        for _ in range(size):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk


print(list(chunked(range(10), 3)), list(chunked([], 2)))
import sys
lines = iter(["a", "b", "", "c"].pop, "b")
print(list(lines))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
print(list(map(lambda a, b: a * b, Countdown(3), Range2(10))))
print(any(x > 2 for x in Countdown(5)), all(Countdown(3)), min(Countdown(4)))
ei = enumerate("ab")
print(next(ei), list(ei), iter(ei) is ei)
z = zip([1, 2], [3])
print(list(z), list(z))
rev = reversed([1, 2, 3])
print(next(rev), list(rev), type(reversed(range(3))).__name__ if False else "")

# min() and max() consume their iterable lazily, as CPython: each losing candidate is dropped
# at once, the key function runs between the iterator's steps, and errors stop the scan.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __repr__(self):
        return f"Item({self.n})"


def produce(values):
    for v in values:
        print("produce", v)
        yield Item(v)


def key(item):
    print("key", item.n)
    return item.n


best = max(produce([3, 1, 4, 1, 5]), key=key)
print("best", best)
del best
least = min(produce([2, 7, 1]), key=key)
print("least", least)
del least
print(max(x % 7 for x in range(20)), min(x * x for x in range(-3, 4)))
print(max([1, 5, 2], default=9), min([], default="empty"), max("hello"), min(3, 1, 2))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]), max(1, 2.5, key=lambda v: -v))


def failing():
    yield 1
    yield 2
    raise ValueError("stop")


try:
    max(failing())
except ValueError as e:
    print("ValueError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
try:
    max([3, 1], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

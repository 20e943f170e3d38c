# The iterator protocol: __iter__ and __next__
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)))
for n in CountDown(2):
    print("loop", n)
it = CountDown(2)
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# Iterable that returns a fresh iterator each time
class Repeatable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Repeatable("ab")
print(list(r), list(r), sorted(r, reverse=True))
print(tuple(r), "-".join(r), dict.fromkeys(r))
a, b = r
print(a, b)

# Sequence protocol fallback via __getitem__
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
print(list(zip(Squares(), "abc")))

# Not iterable errors
class Nothing:
    pass
try:
    iter(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

# next() on a non-iterator
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ = None disables iteration
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)

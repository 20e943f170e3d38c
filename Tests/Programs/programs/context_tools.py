import time


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self.start = time.perf_counter()
        print(f"[{self.label}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"[{self.label}] end, exc={exc_type.__name__ if exc_type else None}, nonneg={self.elapsed >= 0}")
        return False


class suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            self.caught = exc
            return True
        return None


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def print(self, text):
        print("    " * self.level + text)


with Timer("block") as t:
    total = sum(i * i for i in range(1000))
print(total, t.elapsed is not None)

try:
    with Timer("failing"):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)

with suppress(KeyError, IndexError) as s:
    {}["missing"]
print("suppressed:", repr(s.caught))
with suppress(KeyError) as s:
    pass
print("nothing caught:", s.caught)
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

with Indenter() as ind:
    ind.print("level one")
    with ind:
        ind.print("level two")
        with ind:
            ind.print("level three")
    ind.print("back to one")
print(ind.level)

with Timer("a") as a, Timer("b") as b, suppress(RuntimeError):
    print("inside", a.label, b.label)
    raise RuntimeError("swallowed by suppress")
print("after multi-with")


def managed_resource(name, log):
    class Resource:
        def __enter__(self):
            log.append(f"open {name}")
            return name.upper()

        def __exit__(self, et, ev, tb):
            log.append(f"close {name} ({et.__name__ if et else 'ok'})")
    return Resource()


log = []
for i in range(3):
    with managed_resource(f"r{i}", log) as r:
        if i == 1:
            continue
        log.append(f"use {r}")
print(log)


def first_even(nums):
    log = []
    with managed_resource("scan", log):
        for n in nums:
            if n % 2 == 0:
                return n, log
    return None, log


print(first_even([1, 3, 4, 5]))
print(first_even([1, 3]))


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", repr(ev))
            return True
        print("committed")


db = {"x": 1}
with Transaction(db) as d:
    d["y"] = 2
print(db)
with Transaction(db) as d:
    d["z"] = 3
    d["x"] = None
    raise ValueError("bad data")
print(db)


class Reentrant:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        print("never called")


try:
    with Reentrant():
        print("never runs")
except OSError as e:
    print("enter failed:", e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

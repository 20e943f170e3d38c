# Generator __name__/__qualname__ come from the function at creation; send() and next() on many
# generators through one call site.
def outer():
    def inner():
        yield 1
    return inner


g = outer()()
print(g.__name__, g.__qualname__, g.__name__ is g.__name__)


def named():
    yield 1


gen = named()
named.__name__ = "renamed"
print(gen.__name__, named().__name__)


def running_total():
    total = 0
    while True:
        x = yield total
        total += x


def echo():
    received = None
    while True:
        received = yield received


gens = [running_total(), echo(), running_total()]
for gen in gens:
    next(gen)
for i in range(6):
    for gen in gens:
        print(gen.send(i), end=" ")
print()
for gen in gens:
    gen.close()
try:
    gens[0].send(1)
except StopIteration:
    print("StopIteration after close")
print(repr(g).startswith("<generator object outer.<locals>.inner at "))

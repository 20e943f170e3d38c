# StopIteration and its value
def gen():
    yield 1
    return "the value"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

# return with no value
def no_value():
    yield 1
g = no_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

# Returning a tuple / None explicitly
def tuple_value():
    return (1, 2)
    yield
try:
    next(tuple_value())
except StopIteration as e:
    print(e.value, e.args)

def explicit_none():
    return None
    yield
try:
    next(explicit_none())
except StopIteration as e:
    print(e.value, e.args)

# StopIteration constructed manually
e = StopIteration()
print(e.value, e.args)
e = StopIteration(5)
print(e.value, e.args, str(e))
e = StopIteration(1, 2)
print(e.value, e.args)

# Iterator classes raising StopIteration with a value
class It:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("class value")
        self.done = True
        return "only"

def delegate():
    r = yield from It()
    yield "yield from got " + repr(r)
print(list(delegate()))

# for-loops and list() swallow StopIteration silently
print(list(gen()))
for x in gen():
    print("loop", x)

# next() with a default suppresses StopIteration
g = gen()
print(next(g, "d"), next(g, "d"), next(g, "d"))

# StopIteration is an Exception
print(issubclass(StopIteration, Exception))
try:
    raise StopIteration("outside a generator")
except StopIteration as e:
    print("caught", e)

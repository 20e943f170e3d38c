# Exception chaining and sys.exc_info() inside generators
# Exceptions chaining inside generators
def chained():
    try:
        yield {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    list(chained())
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

# sys.exc_info inside generators is restored between yields
import sys
def exc_info_gen():
    try:
        raise TypeError("inside")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = exc_info_gen()
print(next(g), sys.exc_info()[0])
print(next(g), next(g))

# Generator raising in a generator expression pipeline
def source():
    yield 1
    raise IndexError("source exhausted badly")
try:
    print(sum(x * 2 for x in source()))
except IndexError as e:
    print(type(e).__name__, e)

# gi_running / gi_frame style state checks via behaviour only
def state():
    yield "running"
g = state()
print(next(g))
print(next(g, "finished"))

# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leaked")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)

# Calling next() on an exhausted iterator inside a generator
def unsafe_pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b
try:
    print(list(unsafe_pairs([1, 2, 3, 4])))
except RuntimeError as e:
    print(type(e).__name__, e)

# The safe version
def safe_pairs(items):
    it = iter(items)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b
print(list(safe_pairs([1, 2, 3, 4, 5])))

# Catching StopIteration inside the generator is fine
def catches():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"
print(list(catches()))

# Subclass of StopIteration also converted
class MyStop(StopIteration):
    pass
def raises_sub():
    raise MyStop("sub")
    yield
try:
    list(raises_sub())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

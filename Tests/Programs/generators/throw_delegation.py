# throw() through yield from, finally blocks, and exhausted generators
# throw passes through yield from into the inner generator
def inner():
    try:
        yield "inner"
    except TypeError as e:
        print("  inner caught", e)
        yield "inner recovered"
def outer():
    yield from inner()
    yield "outer continues"
o = outer()
print(next(o))
print(o.throw(TypeError("typed")))
print(next(o))

# finally runs when thrown exception propagates
def with_finally():
    try:
        yield 1
    finally:
        print("  finally executed")
w = with_finally()
next(w)
try:
    w.throw(OSError("io"))
except OSError as e:
    print("propagated", type(e).__name__, e)

# throw into an exhausted generator raises the exception directly
try:
    w.throw(ValueError("after end"))
except ValueError as e:
    print("exhausted throw:", e)

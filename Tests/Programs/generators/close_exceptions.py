# close(): exceptions raised in response, GeneratorExit vs Exception, yield from
# Raising another exception in response to close propagates it
def raiser():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
r = raiser()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e)

# GeneratorExit is not an Exception subclass
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def broad():
    try:
        yield 1
    except Exception:
        print("  never: GeneratorExit is not an Exception")
    finally:
        print("  broad finally")
b = broad()
next(b)
b.close()

# close() propagates through yield from
def inner():
    try:
        yield "in"
    finally:
        print("  inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("  outer closed")
o = outer()
next(o)
o.close()
print("done")

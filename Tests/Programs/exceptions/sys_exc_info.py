# sys.exc_info() during and after exception handling
import sys

def describe():
    t, v, tb = sys.exc_info()
    if t is None:
        return "no exception (%r, %r, %r)" % (t, v, tb)
    return "%s(%s) tb=%s" % (t.__name__, v, tb is not None)

print(describe())
try:
    raise ValueError("outer")
except ValueError:
    print(describe())
    try:
        raise KeyError("inner")
    except KeyError:
        print(describe())
    print("back in outer:", describe())
print("after:", describe())

# Called from a function invoked inside a handler
def helper():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    e = helper()
    print(type(e).__name__, e)

# exc_info in finally when an exception is propagating
def in_finally():
    try:
        raise IndexError("propagating")
    finally:
        print("in finally:", describe())
try:
    in_finally()
except IndexError:
    pass

# exc_info in finally with no exception
try:
    pass
finally:
    print("clean finally:", describe())

# exc_info value is the same object as the caught one
try:
    raise TypeError("same")
except TypeError as caught:
    print(sys.exc_info()[1] is caught, sys.exc_info()[0] is TypeError)
    print(sys.exc_info()[2] is caught.__traceback__)

# sys.exception() is new in 3.11
try:
    raise OSError("io")
except OSError:
    print(type(sys.exception()).__name__, sys.exception())
print(sys.exception())

# Traceback objects: line numbers are deterministic
def fail():
    raise RuntimeError("tb")
try:
    fail()
except RuntimeError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)

# args, str() and repr() of exceptions
cases = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    Exception(None),
    Exception(""),
    Exception(("tuple",)),
    ValueError(3.5),
    KeyError(),
    KeyError("k"),
    KeyError("a", "b"),
    KeyError(0),
    KeyError(("x", 1)),
    IndexError("list index out of range"),
    StopIteration(7),
    OSError(2, "No such file or directory"),
    OSError("just a message"),
    OSError(13, "Permission denied", "secret.txt"),
    SystemExit(3),
    AssertionError(),
    UnicodeError("bad text"),
]
for exc in cases:
    print(type(exc).__name__, "| args:", exc.args, "| str:", repr(str(exc)), "| repr:", repr(exc))

# OSError structured attributes
err = OSError(2, "No such file or directory", "missing.txt")
print(err.errno, err.strerror, err.filename, type(err).__name__)
print(type(OSError(2, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
print(OSError("m").errno, OSError("m").strerror)

# args can be replaced, and str follows
e = ValueError("before")
e.args = ("after", 1)
print(str(e), repr(e))
e.args = ["list", "becomes", "tuple"]
print(e.args)

# Exceptions with keyword arguments are not allowed for builtins
try:
    ValueError(message="x")
except TypeError as te:
    print(type(te).__name__, te)

# str of an exception inside formatting
try:
    int("12x")
except ValueError as ve:
    print("Error: %s" % ve)
    print("Error: {}".format(ve))
    print(f"Error: {ve!r}")

# SystemExit code attribute
print(SystemExit().code, SystemExit(5).code, SystemExit("msg").code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(1, 2).value)
print(KeyboardInterrupt().args, GeneratorExit("g").args)

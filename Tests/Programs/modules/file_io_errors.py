# File errors and edge cases
MISSING = "tmp_does_not_exist_file_io_errors.txt"
NAME = "tmp_file_io_errors.txt"

try:
    open(MISSING)
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError))

try:
    with open(MISSING, "r") as f:
        print("never")
except OSError as e:
    print("caught as OSError:", type(e).__name__)

try:
    open(NAME, "invalid")
except ValueError as e:
    print(type(e).__name__, e)

with open(NAME, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(123)
    except TypeError as e:
        print(type(e).__name__, e)
    f.write("data\n")

with open(NAME) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()), f.readlines())

f = open(NAME)
f.close()
f.close()
print("closing twice is fine", f.closed)
for op in ["read", "readline", "readlines"]:
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print("with on closed file:", type(e).__name__, e)

# Reading an empty file
with open(NAME, "w"):
    pass
with open(NAME) as f:
    print(repr(f.read()), f.readlines(), list(f))

# Exception inside with still closes the file
try:
    with open(NAME, "w") as f:
        f.write("partial")
        raise RuntimeError("stop")
except RuntimeError:
    print("file closed after exception:", f.closed)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "w"):
    pass

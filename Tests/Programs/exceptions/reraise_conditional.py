# Conditional re-raise, re-raise through finally, raising classes and non-exceptions
# Conditional re-raise
def process(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError as e:
            if v == "fatal":
                raise
            out.append("bad:" + v)
    return out
print(process(["1", "x", "3"]))
try:
    process(["1", "fatal"])
except ValueError as e:
    print(type(e).__name__, e)

# Re-raise after finally
def with_finally():
    try:
        raise OSError("disk")
    except OSError:
        try:
            raise
        finally:
            print("finally before propagation")
try:
    with_finally()
except OSError as e:
    print("caught", e)

# raise with an exception class instantiates it
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

# __enter__/__exit__ and exception suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return "value of " + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc) if exc else None,
              tb is not None)
        return self.suppress
with CM("a") as v:
    print("body with", v)
with CM("b", suppress=True):
    print("about to raise")
    raise ValueError("swallowed")
    print("not reached")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

# Nested and multiple managers: exit in reverse order
with CM("outer") as o, CM("inner") as i:
    print("body", o, "|", i)
try:
    with CM("x1"), CM("x2", suppress=True), CM("x3"):
        raise RuntimeError("boom")
    print("x2 suppressed it")
except RuntimeError:
    print("should not happen")

# __exit__ return value truthiness
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string"
with Truthy():
    1 / 0
print("division error suppressed by truthy return")

# Exception raised in __exit__ replaces the original
class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with Replacer():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

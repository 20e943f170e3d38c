# with statements with several items
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

print("-- failing second __enter__")
try:
    with CM("a") as a, CM("b", fail_enter=True) as b, CM("c") as c:
        print("never")
except RuntimeError as e:
    print("caught", e)

print("-- exception in body, inner suppresses")
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("body error")
print("continued")

print("-- exception in body, outer suppresses")
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("body error")
print("continued")

print("-- parenthesized form")
with (
    CM("p1") as p1,
    CM("p2") as p2,
):
    print("body", p1, p2)

print("-- same manager twice")
m = CM("twice")
with m as x, m as y:
    print(x, y)

print("-- as targets can be tuples and attributes")
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
class Target:
    pass
t = Target()
with Pair() as (first, second), Pair() as t.attr:
    print(first, second, t.attr)

print("-- return from inside a multi-item with")
def f():
    with CM("f1"), CM("f2"):
        return "returned"
print(f())

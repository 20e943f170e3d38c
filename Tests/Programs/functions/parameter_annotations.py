def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y=1):
    pass
print(g.__annotations__)
def h() -> None:
    pass
print(h.__annotations__)
class K:
    def m(self, __p: int) -> "K":
        return self
print(K.m.__annotations__)
def outer():
    T = list
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__)
order = []
def note(x):
    order.append(x)
    return x
def k(a: note(1), b: note(2) = note(0)) -> note(3):
    pass
print(order, k.__annotations__)
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
lam = lambda x: x
print(lam.__annotations__)
f.__annotations__["extra"] = 1
print(sorted(f.__annotations__))

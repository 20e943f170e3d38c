# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable("s"), callable(print))
print(list(map(add5, [10, 20])))

class Plain:
    pass
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
for not_callable in (5, "text", None, [1]):
    try:
        not_callable(1)
    except TypeError as e:
        print(type(e).__name__, e)

# Stateful callable
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
cnt = Counter()
cnt(); cnt()
print(cnt(), cnt.calls)

# __call__ looked up on the type, not the instance
class Late:
    pass
obj = Late()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
Late.__call__ = lambda self: "class attr"
print(obj())

# Callable objects used as keys and callbacks
class By:
    def __init__(self, attr):
        self.attr = attr
    def __call__(self, d):
        return d[self.attr]
rows = [{"a": 3, "b": "x"}, {"a": 1, "b": "z"}, {"a": 2, "b": "y"}]
print(sorted(rows, key=By("a")))
print(max(rows, key=By("b")))

# Class whose instances produce callables
class Multiplier:
    def __call__(self, n):
        return Adder(n)
print(Multiplier()(3)(4))

# A class is callable because its metaclass (type) defines __call__
print(type(Adder).__call__(Adder, 7)(1))

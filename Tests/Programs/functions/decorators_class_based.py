# Class-based decorators, validating decorator factories and memoization
# Class-based decorator with arguments and state
class CountCalls:
    def __init__(self, label):
        self.label = label
        self.count = 0
    def __call__(self, func):
        def wrapper(*args):
            self.count += 1
            return "%s#%d:%s" % (self.label, self.count, func(*args))
        return wrapper
counter = CountCalls("sq")
@counter
def square(x):
    return x * x
print(square(2), square(3), square(4))
print(counter.count)

# Decorator factory validating arguments
def check_types(*types):
    def decorator(func):
        def wrapper(*args):
            for value, t in zip(args, types):
                if not isinstance(value, t):
                    raise TypeError("expected %s, got %s" % (t.__name__, type(value).__name__))
            return func(*args)
        return wrapper
    return decorator
@check_types(int, str)
def describe(n, s):
    return s * n
print(describe(3, "ab"))
try:
    describe("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)

# Decorator that memoizes
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

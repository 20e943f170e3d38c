# Decorators without arguments
calls = []
def trace(func):
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        print("->", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("<-", func.__name__, result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
@trace
def greet(name, punct="!"):
    return "hello " + name + punct
print(add(2, 3))
print(greet("bob", punct="?"))
print(add.__name__, greet.__name__)
print(calls)

# Decorator applied manually equals @ syntax
def sub(a, b):
    return a - b
sub = trace(sub)
print(sub(10, 4))

# Stacked decorators apply bottom-up
def tag(name):
    def deco(func):
        def wrapper():
            return "<" + name + ">" + func() + "</" + name + ">"
        return wrapper
    print("creating tag", name)
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())

# Decorator preserving metadata manually
def keep_meta(func):
    def wrapper(*a):
        return func(*a) * 2
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper
@keep_meta
def ten():
    "returns ten"
    return 10
print(ten(), ten.__name__, ten.__doc__, ten.__wrapped__())

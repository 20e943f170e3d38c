# Decorators with arguments
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        wrapper.__name__ = "repeat_" + func.__name__
        return wrapper
    return decorator
@repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))
print(shout.__name__)
@repeat(times=0)
def never():
    print("should not print")
print(never())

# Decorator with optional arguments
def prefix(arg=None, *, text=">>"):
    def decorator(func):
        def wrapper(*a):
            return text + " " + str(func(*a))
        return wrapper
    if callable(arg):
        return decorator(arg)
    return decorator
@prefix
def a():
    return "plain"
@prefix(text="**")
def b():
    return "custom"
@prefix()
def c():
    return "empty call"
print(a(), b(), c(), sep="\n")

# Decorators that return other objects, evaluation order, registries
# Decorator returning something that is not a function
def to_value(func):
    return func()
@to_value
def answer():
    return 42
print(answer, type(answer).__name__)

# Decorator order of evaluation
def announce(label):
    print("evaluating decorator expression", label)
    def deco(f):
        print("applying", label)
        return f
    return deco
@announce("outer")
@announce("inner")
def nothing():
    pass
print(nothing.__name__)

# Registry decorator
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry["two"]())

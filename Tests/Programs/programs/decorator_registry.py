REGISTRY = {}


def register(name=None, *, aliases=()):
    def decorator(fn):
        key = name or fn.__name__
        if key in REGISTRY:
            raise KeyError(f"duplicate command {key!r}")
        REGISTRY[key] = fn
        for alias in aliases:
            REGISTRY[alias] = fn
        fn.registered_as = key
        return fn
    return decorator


def logged(fn):
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {fn.__name__}({arg_text})")
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            print(f"<- {fn.__name__} raised {exc!r}")
            raise
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


@register(aliases=("sum", "plus"))
@logged
def add(*numbers):
    return sum(numbers)


@register("greet")
@logged
def hello(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


@register()
def div(a, b):
    return a / b


def dispatch(command, *args, **kwargs):
    try:
        fn = REGISTRY[command]
    except KeyError:
        return f"unknown command: {command}"
    return fn(*args, **kwargs)


print(sorted(REGISTRY))
print(dispatch("add", 1, 2, 3))
print(dispatch("plus", 10))
print(dispatch("greet", "World"))
print(dispatch("greet", name="Tern", punctuation="?"))
print(dispatch("div", 7, 2))
print(dispatch("nope"))
try:
    dispatch("div", 1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(add.registered_as, hello.registered_as, REGISTRY["sum"] is REGISTRY["add"])
print(add.__wrapped__(4, 5), hello.__name__)
try:
    @register("add")
    def other():
        pass
except KeyError as e:
    print("KeyError:", e)


class Plugin:
    plugins = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls.priority = kwargs.get("priority", 0)
        Plugin.plugins.append(cls)


class Alpha(Plugin, priority=5):
    pass


class Beta(Plugin):
    pass


class Gamma(Alpha, priority=9):
    pass


print([(p.__name__, p.priority) for p in sorted(Plugin.plugins, key=lambda p: -p.priority)])


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.cls = cls
    return get


@singleton
class Config:
    def __init__(self, value=0):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value, Config.cls.__name__)


def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco


@repeat(3)
def roll(x):
    return x * 2


print(roll(5))


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def noisy(x):
    return x + 1


print(noisy(1), noisy(2), noisy.calls, callable(noisy), type(noisy).__name__)

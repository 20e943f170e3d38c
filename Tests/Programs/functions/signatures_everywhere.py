def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"


print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=3, e=9))
print(describe(c=0, a=1))
print(describe(*range(4), **{"c": "C", "z": "Z"}))


def pos_only(x, y, /, z=0, *, w=1):
    return x + y + z + w


print(pos_only(1, 2), pos_only(1, 2, 3), pos_only(1, 2, z=3, w=4))
for call in [lambda: pos_only(x=1, y=2), lambda: pos_only(1), lambda: pos_only(1, 2, 3, 4), lambda: describe(1),
             lambda: describe(1, 2, c=3, a=4), lambda: pos_only(1, 2, q=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
print(defaults_shared.__defaults__, describe.__kwdefaults__, describe.__name__, describe.__code__.co_argcount)


def safe_default(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket


print(safe_default(1), safe_default(2))


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(lambda *a, **k: (a, k), 1, x=2))


def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]


print(annotated(1), annotated(2, "t"))


def documented():
    """Returns nothing.

    Has a docstring."""


print(documented(), documented.__doc__.splitlines()[0], (lambda: 0).__doc__, (lambda: 0).__name__)


def recursive_sum(*numbers):
    if not numbers:
        return 0
    first, *rest = numbers
    return first + recursive_sum(*rest)


print(recursive_sum(1, 2, 3, 4))
kwargs = {"sep": "|", "end": "!\n"}
print("a", "b", **kwargs)
f = describe
print(f is describe, f(0, c=1) == describe(0, c=1), callable(f))
print((lambda x, y=1, *z, **w: (x, y, z, w))(1, 2, 3, k=4))
print(list(map(lambda pair: pair[0] * pair[1], [(1, 2), (3, 4)])))
square = lambda n: n * n
print(square.__name__, square(7), (lambda: (yield 1))().__next__())


def outer(x):
    def inner(y=x * 2):
        return y
    return inner


print(outer(5)(), outer(5)(1))


def varkw_only(**options):
    return sorted(options.items())


print(varkw_only(), varkw_only(b=1, a=2))
try:
    varkw_only(1)
except TypeError as e:
    print("TypeError:", e)

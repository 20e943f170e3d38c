# Functions as values: passing, returning, composing
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(str.strip, 1, "  hi  "))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
pow_c = curry(pow)
print(pow_c(2)(8), curry(max)(3)(9))

# Partial application by hand
def partial(f, *bound, **kwbound):
    def p(*args, **kwargs):
        merged = dict(kwbound)
        merged.update(kwargs)
        return f(*bound, *args, **merged)
    return p
def volume(l, w, h=1):
    return l * w * h
v = partial(volume, 2, h=10)
print(v(3), v(3, h=2), v(w=4))

# Built-in higher order functions
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(max(pairs), min(pairs, key=lambda p: (p[0], -ord(p[1]))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "abc", "def", "ghi")))

# Reduce implemented by hand
def reduce(f, items, init):
    acc = init
    for item in items:
        acc = f(acc, item)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda a, b: b + a, "hello", ""))

# Methods as first-class values
words = ["a", "bb", "ccc"]
appender = words.append
appender("dddd")
print(words, len(words))
upper = str.upper
print(list(map(upper, words)))
bound = "-".join
print(bound(words))

# Function returning multiple functions
def make_ops(n):
    return (lambda x: x + n), (lambda x: x - n), (lambda x: x * n)
a, s, m = make_ops(4)
print(a(10), s(10), m(10))

# Callbacks
def run_with_callbacks(values, on_even, on_odd):
    out = []
    for v in values:
        out.append((on_even if v % 2 == 0 else on_odd)(v))
    return out
print(run_with_callbacks(range(6), lambda v: v // 2, lambda v: -v))

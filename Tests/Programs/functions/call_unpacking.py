# Calls with * and ** unpacking
def f(a, b, c, d=0):
    return [a, b, c, d]

print(f(*[1, 2, 3]))
print(f(*(1, 2), 3))
print(f(1, *range(2, 4)))
print(f(*"xy", *"z"))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"c": 3, "b": 2}, d=4))
print(f(*[1], **{"b": 2}, c=3))
print(f(*[1, 2], **{"c": 3}, **{"d": 4}))

# Generators and dict views
print(f(*(i * i for i in range(3))))
print(f(*{"p": 1, "q": 2, "r": 3}))
print(f(*{"p": 1, "q": 2, "r": 3}.values()))

errors = [
    lambda: f(*5),
    lambda: f(**[1, 2]),
    lambda: f(1, **{"a": 2, "b": 3, "c": 4}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(*[1, 2, 3, 4, 5]),
    lambda: f(**{"a": 1, "b": 2, "c": 3, "e": 5}),
    lambda: f(**{1: 2}),
    lambda: f(*None),
]
for e_call in errors:
    try:
        print(e_call())
    except TypeError as e:
        print(type(e).__name__, e)

# Unpacking into print
print(*[1, 2, 3], sep="-")
print(*"abc", **{"sep": "|", "end": "!\n"})

# Unpacking in literals (related syntax)
a = [*range(3), *"ab"]
b = {**{"x": 1}, "y": 2, **{"x": 3}}
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)

def kw_only(**kw):
    return sorted(kw.items())

class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()

print(kw_only(**M()))

# Keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, c=9, b=8))
print(f(a=0, b=1))
print(f.__kwdefaults__)

for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, 2, b=3), lambda: f(b=1)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

def g(*args, key, flag=False):
    return args, key, flag

print(g(key="k"))
print(g(1, 2, 3, key="k", flag=True))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def h(*, x, y, z):
    return x + y + z

print(h(z=1, y=2, x=3))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1, y=2, z=3, w=4)
except TypeError as e:
    print(type(e).__name__, e)

# keyword-only with no default before one with default
def k(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, rest

print(k(1, c=3))
print(k(1, 5, c=3, e=6, d=7))
print(k.__defaults__, k.__kwdefaults__)
try:
    k(1, 2, 3, c=4)
except TypeError as e:
    print(type(e).__name__, e)

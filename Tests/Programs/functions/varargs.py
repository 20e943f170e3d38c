# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, x=2))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)

def g(a, b=2, *args, c, d=4, **kwargs):
    print("a", a, "b", b, "args", args, "c", c, "d", d, "kwargs", kwargs)

g(1, c=3)
g(1, 2, 3, 4, c=5)
g(1, 2, 3, c=5, d=6, e=7, f=8)
g(c=1, a=2, z=0)

# kwargs order is call order
def order(**kw):
    return list(kw)

print(order(z=1, a=2, m=3))
print(order(**{"b": 1, "a": 2}, c=3))

# args is a fresh tuple; kwargs a fresh dict
d = {"x": 1}
def mutate(**kw):
    kw["y"] = 2
    return kw
r = mutate(**d)
print(r, d, r is d)

# Summing varargs
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(1, 2, start=100))

# Forwarding
def wrapper(*args, **kwargs):
    return g2(*args, **kwargs)

def g2(x, y, z=0):
    return x * 100 + y * 10 + z

print(wrapper(1, 2), wrapper(1, 2, 3), wrapper(1, z=5, y=3))
try:
    wrapper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    wrapper(1, 2, w=3)
except TypeError as e:
    print(type(e).__name__, e)

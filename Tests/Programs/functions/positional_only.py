# Positional-only parameters (PEP 570)
def f(a, b, /, c, *, d):
    return (a, b, c, d)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

# Positional-only names can also be used as **kwargs keys
def g(name, /, **kwargs):
    return name, kwargs

print(g("pos", name="kw"))
print(g("x", y=1))

def h(a, b=20, /, c=30):
    return a + b + c

print(h(1), h(1, 2), h(1, 2, 3), h(1, c=0))
print(h.__defaults__)
try:
    h(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)

def only(x, /):
    return x * 2
print(only(21))
try:
    only(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only()
except TypeError as e:
    print(type(e).__name__, e)
try:
    only(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Builtins with positional-only arguments
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5))
try:
    divmod(17, y=5)
except TypeError as e:
    print(type(e).__name__, e)

lam = lambda p, /, q: (p, q)
print(lam(1, 2), lam(1, q=2))
try:
    lam(p=1, q=2)
except TypeError as e:
    print(type(e).__name__, e)

# Default argument values: evaluated once, at definition time.
counter = 0

def next_value():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter * 10

def f(a, b=next_value(), c="c-default"):
    return (a, b, c)

print("defined f")
print(f(1))
print(f(1, 2))
print(f(1, c=3))
print(f(a=5, b=6, c=7))
print(f.__defaults__)

# Mutable default shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target

r1 = append_to(1)
r2 = append_to(2)
print(r1, r2, r1 is r2)
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

# The usual None idiom
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

# Dict default shared too
def memo(n, cache={}):
    if n in cache:
        return "cached " + str(cache[n])
    cache[n] = n * n
    return "computed " + str(cache[n])

print(memo(3), memo(4), memo(3))
print(sorted(memo.__defaults__[0].items()))

# Default referencing an earlier global at def time
x = 1
def g(y=x):
    return y
x = 2
print(g(), x)

# Replacing __defaults__
g.__defaults__ = (99,)
print(g())

# Defaults with expressions
def h(a, b=[i * i for i in range(4)], c=len("abc")):
    return a, b, c
print(h(0))

# Closures capture variables, not values (late binding)
def make_funcs():
    funcs = []
    for i in range(4):
        funcs.append(lambda: i)
    return funcs
print([f() for f in make_funcs()])
def make_funcs_bound():
    funcs = []
    for i in range(4):
        funcs.append(lambda i=i: i)
    return funcs
print([f() for f in make_funcs_bound()])

# Closure over a variable changed after creation
def outer():
    x = "first"
    def inner():
        return x
    x = "second"
    return inner
print(outer()())

# Each call gets its own cell
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

# Comprehension closures
fs = [lambda: k for k in "abc"]
print([f() for f in fs])
gs = [(lambda k: lambda: k)(k) for k in "abc"]
print([g() for g in gs])

# Closure cells visible through __closure__
def counter_factory():
    count = 0
    def get():
        return count
    return get
c = counter_factory()
print(len(c.__closure__), c.__closure__[0].cell_contents)
print(double.__closure__[0].cell_contents, triple.__closure__[0].cell_contents)
print(make_multiplier.__closure__)

# Shared cell between two closures
def pair():
    value = [0]
    def inc():
        value[0] += 1
        return value[0]
    def get():
        return value[0]
    return inc, get
inc, get = pair()
inc(); inc(); inc()
print(get())

# Name error from closure referencing unassigned variable
def broken():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(broken())

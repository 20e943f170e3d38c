# global and nonlocal declarations
counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def create_global():
    global brand_new
    brand_new = 'created inside function'
create_global()
print(brand_new)
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), (lambda: counter * 10)())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    result = middle()
    return result, x
print(outer())
def two_levels():
    a = 1
    def lvl1():
        a = 2
        def lvl2():
            nonlocal a
            a += 100
            return a
        return lvl2(), a
    return lvl1(), a
print(two_levels())
def mixed():
    global counter
    total = 0
    def add(n):
        nonlocal total
        global counter
        total += n
        counter += n
    for i in range(4):
        add(i)
    return total
print(mixed(), counter)
x = 'module x'
class Scope:
    x = 'class x'
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scope().method(), Scope.x, Scope.y)
def declared_after_use():
    counter = 'local first'
    def inner():
        nonlocal counter
        counter = counter.upper()
    inner()
    return counter
print(declared_after_use(), counter)

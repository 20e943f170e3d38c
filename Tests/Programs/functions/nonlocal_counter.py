# nonlocal statement
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = accumulator()
for v in [5, 10, 20]:
    print(acc(v))

# nonlocal in nested levels reaches the nearest enclosing binding
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        print("middle sees:", x)
    middle()
    print("outer sees:", x)
outer()
def outer2():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 1
        inner()
        inner()
    middle()
    return x
print(outer2())

# Without nonlocal: assignment creates a local -> UnboundLocalError
def bad_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc
try:
    bad_counter()()
except UnboundLocalError as e:
    print(type(e).__name__, e)

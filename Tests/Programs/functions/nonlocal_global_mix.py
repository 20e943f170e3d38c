# nonlocal and global in the same function, paired closures
# nonlocal and global together
g = "global"
def f():
    g = "enclosing"
    def h():
        global g
        g = "set global"
    def k():
        nonlocal g
        g = "set enclosing"
    h()
    k()
    return g
print(f(), g)

# Generator-based counter sharing nonlocal state
def ticker():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    def reset():
        nonlocal n
        old, n = n, 0
        return old
    return tick, reset
tick, reset = ticker()
tick(); tick(); tick()
print(reset(), tick())

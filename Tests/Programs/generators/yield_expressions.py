# yield as an expression
def values():
    a = yield 1
    print("  a =", a)
    b = (yield 2) * 10 if a else (yield 3)
    print("  b =", b)
    c = yield
    print("  c =", c)
    lst = [(yield "x"), (yield "y")]
    print("  lst =", lst)
    return "done"

g = values()
print(next(g))
print(g.send("first"))
print(g.send(4))
print(g.send("for c"))
print(g.send("L1"))
try:
    g.send("L2")
except StopIteration as e:
    print("return:", e.value)

# Bare yield produces None
def bare():
    yield
    yield
print(list(bare()))

# yield inside expressions and function calls
def in_call():
    print("  len:", len((yield "give me a list")))
    total = sum([(yield "n1"), (yield "n2")])
    yield "total %d" % total
g = in_call()
print(next(g))
print(g.send([1, 2, 3]))
print(g.send(5))
print(g.send(6))

# yield in a conditional and loop condition
def until_none():
    count = 0
    while (item := (yield count)) is not None:
        count += item
    yield "final %d" % count
g = until_none()
print(next(g), g.send(3), g.send(4), g.send(None))

# yield of tuples
def tuples():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
    yield x
g = tuples()
print(next(g), next(g), next(g), g.send("sent"))

# Generator that yields functions
def make_funcs():
    for i in range(3):
        yield lambda i=i: i * 100
print([f() for f in make_funcs()])

# yield in a try expression
def safe_div():
    while True:
        pair = yield
        try:
            print("  result", pair[0] / pair[1])
        except ZeroDivisionError as e:
            print("  error", e)
g = safe_div()
next(g)
g.send((1, 4))
g.send((1, 0))
g.send((9, 3))
g.close()

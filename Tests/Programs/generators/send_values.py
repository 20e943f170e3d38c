# Generator send()
def echo():
    print("  started")
    received = None
    while True:
        received = yield "echo: " + repr(received)
        print("  received", repr(received))
        if received == "stop":
            return "stopped"
g = echo()
print(next(g))             # prime
print(g.send("hello"))
print(g.send(42))
print(next(g))             # next() sends None
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)

# Sending non-None to a just-started generator
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))

# Running average coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 30, 40]:
    print("average", avg.send(v))

# send() through yield from
def inner():
    x = yield "inner ready"
    y = yield "inner got " + str(x)
    return x + y
def outer():
    result = yield from inner()
    yield "outer result " + str(result)
o = outer()
print(next(o))
print(o.send(5))
print(o.send(7))

# Accumulator with send returning the state
def accumulate():
    items = []
    while True:
        item = yield list(items)
        if item is None:
            break
        items.append(item)
    return items
acc = accumulate()
next(acc)
print(acc.send("a"), acc.send("b"))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

# send to an exhausted generator
try:
    acc.send("x")
except StopIteration as e:
    print("exhausted send:", e.value)

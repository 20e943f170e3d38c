# iter() with a sentinel, and next() with a default
values = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = 0
def read():
    global pos
    v = values[pos]
    pos += 1
    return v

print(list(iter(read, 0)))
print("stopped at position", pos)
print(list(iter(read, 6)))

# Sentinel compared with ==
count = 0
def counter():
    global count
    count += 1
    return count * 1.0
print(list(iter(counter, 4)))

# Reading "lines" until empty string
lines = ["first\n", "second\n", ""]
it = iter(lines)
print(list(iter(lambda: next(it), "")))

# The callable-iterator type and exhaustion
chunks = iter(["a", "b", "STOP", "c"])
ci = iter(lambda: next(chunks), "STOP")
print(type(ci).__name__, next(ci), next(ci), next(ci, "exhausted"), next(ci, "still exhausted"))
print(next(chunks))

# Errors
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)

# next() with and without default
it = iter([1, 2])
print(next(it), next(it, "default"), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration raised by the callable ends the sentinel iteration
def raising():
    raise StopIteration
print(list(iter(raising, None)))

# Other iter() forms
print(list(iter("abc")), list(iter({"k": 1, "j": 2})), list(iter(range(3))))
d = {"a": 1}
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)

# Generator expressions
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "generator"), reverse=True))
print("-".join(str(i) for i in range(4)))
print(tuple(x for x in "abc" if x != "b"))
print(dict((k, len(k)) for k in ["one", "three"]))
print(set(x % 3 for x in range(10)) == {0, 1, 2})

# Nested loops and conditions
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
print(list(x for row in [[1, 2], [3], []] for x in row))

# Lazy evaluation: the source is read on demand
log = []
def source():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
g = (v * 10 for v in source())
log.append("genexpr created")
print(next(g))
log.append("first consumed")
print(list(g))
print(log)

# The first iterable is evaluated immediately, the rest lazily
def make():
    print("  evaluating outer iterable")
    return [1, 2]
g = (x for x in make())
print("created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager error:", type(e).__name__, e)

# Late binding inside the expression
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

# Generator expression as the only argument needs no extra parentheses
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "ab1"))

# Short-circuiting consumers stop early
consumed = []
def tracking():
    for i in range(10):
        consumed.append(i)
        yield i
print(any(i > 2 for i in tracking()), consumed)

# Exceptions inside a genexpr surface when consumed
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))

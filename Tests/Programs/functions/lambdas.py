# lambda expressions
square = lambda x: x * x
print(square(7), square.__name__)

add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))

varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))

kwonly = lambda *, k: k * 2
print(kwonly(k="ab"))
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)

# Immediately invoked
print((lambda: "called")())
print((lambda x, y: x ** y)(2, 10))

# lambdas as sort keys
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: -len(w)))

# Conditional expression in lambda
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-3, 0, 4)])

# Lambda returning lambda
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(10), adder(1)(1))
print(add5.__qualname__)

# Lambda in a dict dispatch table
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
}
for op in ops:
    print(op, ops[op](17, 5))

# map/filter with lambdas
print(list(map(lambda x: x * 3, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))

# default capturing in lambdas
fs = [lambda i=i: i * 10 for i in range(4)]
print([fn() for fn in fs])

# lambda with no args wrongly called
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: None)())

# map() and filter()
print(list(map(str, [1, 2, 3])))
print(list(map(len, ["a", "bb", "", "cccc"])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2], [7, 100])))
print(list(map(str.upper, "abc")))
print(list(map(int, "1 2 3".split())))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))

print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))
print("".join(filter(str.isalpha, "h3ll0 w0rld")))
f = filter(None, [])
print(type(f).__name__, list(f))

# Laziness: functions are only called when consumed
calls = []
def tracked(x):
    calls.append(x)
    return x * 10
m = map(tracked, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)

# map with no iterables and bad arguments
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(lambda x: x, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)

# Chains of map/filter
result = list(map(lambda x: x * x, filter(lambda x: x > 2, range(7))))
print(result)
words = ["apple", "Banana", "cherry", "date"]
print(sorted(map(str.lower, filter(lambda w: len(w) > 4, words))))

# map with methods of instances
class Scale:
    def __init__(self, k):
        self.k = k
    def apply(self, v):
        return v * self.k
print(list(map(Scale(3).apply, [1, 2, 3])))

# Exceptions inside mapped function propagate on consumption
m = map(lambda x: 10 // x, [5, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(m))

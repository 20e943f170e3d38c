# enumerate() and zip()
letters = ["a", "b", "c"]
print(list(enumerate(letters)))
print(list(enumerate(letters, 1)), list(enumerate(letters, start=-2)))
print(list(enumerate("xy", 10 ** 20)))
print(list(enumerate([])))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
e = enumerate("hi")
print(type(e).__name__, next(e), next(e), next(e, "done"))
try:
    enumerate(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    enumerate("a", "b")
except TypeError as err:
    print(type(err).__name__, err)

print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))

# strict=False is the default; strict=True checks lengths
print(list(zip("ab", "xyz", strict=False)))
print(list(zip("ab", "xy", strict=True)))
for args in [("ab", "xyz"), ("abc", "xy"), ("ab", "ab", "a"), ("a", "ab", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print(type(err).__name__, err)

# zip stops pulling from later iterators once the first is exhausted
consumed = []
def tracking(tag, n):
    for i in range(n):
        consumed.append((tag, i))
        yield i
print(list(zip(tracking("short", 2), tracking("long", 5))))
print(consumed)

try:
    zip([1], 5)
except TypeError as err:
    print(type(err).__name__, err)

# enumerate + zip together
for idx, (a, b) in enumerate(zip("abc", "xyz"), start=1):
    print(idx, a + b, end="; ")
print()

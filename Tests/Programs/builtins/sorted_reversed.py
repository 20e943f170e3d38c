# sorted() and reversed()
print(sorted([3, 1, 2]), sorted("hello"), sorted((5, -1, 0)), sorted({3: "a", 1: "b"}))
print(sorted([3, 1, 2], reverse=True), sorted([]))
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted([-5, 3, -1, 2], key=abs), sorted([-5, 3, -1, 2], key=abs, reverse=True))

# Stability: equal keys keep their original order, even with reverse=True
data = [("b", 1), ("a", 2), ("b", 0), ("a", 1), ("c", 5)]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data))
words = ["aa", "b", "cc", "d", "eee"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))

# sorted returns a new list; list.sort sorts in place and returns None
orig = [3, 2, 1]
new = sorted(orig)
print(orig, new, orig.sort(), orig)

# Mixed types fail
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)

# Tuples compare element by element
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,)]))
print(sorted([[2], [1, 5], [1], []]))
print(sorted([True, False, 0, 1, -1]))
print(sorted([2.5, 1, 3, 0.5]))

# reversed
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Seq())))

class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(CustomRev())))

for bad in [{1, 2}, 5, (x for x in "ab")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

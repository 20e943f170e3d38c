# Membership tests: __contains__, then __iter__, then __getitem__
class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "magic"

class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 3:
            raise IndexError
        return i * 10

c = WithContains()
print("magic" in c, "other" in c, "other" not in c)
print(2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem())
print(99 in WithGetitem())

# __contains__ result is converted to bool
class Truthy:
    def __contains__(self, item):
        return [item]
print(1 in Truthy(), 0 not in Truthy())

class Falsy:
    def __contains__(self, item):
        return ""
print(1 in Falsy())

# No membership support at all
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

# Builtin containers
print("ab" in "cabd", "" in "x", "ba" in "abc")
print(2 in [1, 2], (1, 2) in [(1, 2)], [1] in [[1]])
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1: "v"}.values())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(-5, 0))
print(1.0 in [1], True in [1], 0 in [False])
try:
    [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)

# Iterator is consumed by membership test
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))

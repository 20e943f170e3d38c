records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA"), ("Frank", 25, "ny")]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2].lower(), -r[1])))
print(sorted(records, key=lambda r: r[0].lower()))
by_age = sorted(records, key=lambda r: r[0])
by_age.sort(key=lambda r: r[1])
print([r[0] for r in by_age])
print(sorted("Hello World"), sorted("Hello World", key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted((1,)), sorted([]), sorted({3: "a", 1: "b"}))
print(sorted([1.5, -2, 3, 0, True, -0.5]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted(nums, key=lambda x: (x % 2, x)))
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError:", e)


class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade

    def __repr__(self):
        return f"{self.name}:{self.grade}"

    def __lt__(self, other):
        return self.grade < other.grade


students = [Student("x", 90), Student("y", 85), Student("z", 90), Student("w", 70)]
print(sorted(students), sorted(students, reverse=True), max(students), min(students))
print(sorted(students, key=lambda s: s.name))
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
data.sort(key=lambda x: x % 3, reverse=True)
print(data)
print(sorted([[3, 1], [2], [3, 0], [], [2, 5]]))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(list(reversed(sorted(range(5)))), sorted(range(5), key=lambda x: -x))
print(max("abc", "abd", key=lambda s: s[-1]), min([(2, "b"), (1, "z"), (1, "a")]))
print(max([1, 3, 3, 2], key=lambda x: x == 3), max([], default=0), max(1, 2, 3), min("hello"))
stable = sorted([(k % 3, k) for k in range(9)], key=lambda t: t[0], reverse=True)
print(stable)
m = [[9, 8], [7, 6]]
m.sort(key=sorted)
print(m)
lst = [4, 2, 3]
print(lst.sort(), lst)

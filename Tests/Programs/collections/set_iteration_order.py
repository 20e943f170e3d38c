# Sets print in CPython's hash-table order, which is deterministic for ints, floats and tuples.
print({3, 1, 2}, {10, 5, 100, -1}, set([40, 8, 16, 1000, 7]), {(2, 1), (0, 0), (1, 2)})
print({-5, -1, 0, 1, 5}, {0.5, 1.5, 0.25}, {2 ** 40, 2 ** 70, 7}, {True, 2, 0})
primes = {p for p in range(2, 60) if all(p % d for d in range(2, p))}
print(primes)
evens = set(range(0, 40, 2))
odds = set(range(1, 40, 2))
print(evens | {99, 33}, evens & set(range(10)), evens - set(range(8, 40)), {1, 2, 3, 50} ^ {3, 50, 64})
print(primes & odds, primes - odds, odds.union([200, 100]), evens.intersection(range(30, 50)))
s = set()
for n in [31, 8, 64, 5, 97, 12, 256, 1]:
    s.add(n)
    print(sorted(s) == sorted(list(s)), s)
while s:
    print("pop", s.pop(), s)
t = set(range(30))
t -= set(range(5, 25))
print(t)
t |= {100, 64, 33}
print(t)
t &= set(range(0, 200, 3))
print(t)
t ^= {0, 1, 2, 3}
print(t)
t.difference_update([1, 2])
t.update([17, 71], (19, 91))
print(t, len(t))
t.discard(71)
t.add(71)
print(t, list(t) == [x for x in t])
fs = frozenset([9, 3, 27, 81])
print(fs, fs | {1}, {frozenset({1, 2}), frozenset({3})} == {frozenset({3}), frozenset({2, 1})})
words = {"x"}
print(words, {1: "a", 9: "b"}.keys() | {4}, {5: 0, 2: 0}.keys() - {2}, set({9: 1, 3: 2, 6: 3}))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(grid, (1, 1) in grid)
print(set("") or "empty", {*range(5), *[10, 9]}, set(map(abs, [-3, 2, -1, 3])))

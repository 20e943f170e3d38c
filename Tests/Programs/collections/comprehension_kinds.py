nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print([n * n for n in nums if n % 2])
print({n for n in nums})
print({n: nums.count(n) for n in nums if nums.count(n) > 1})
print(list(n for n in nums if n > 4))
print(sum(n for n in nums), max((n for n in nums), default=None), min((), default="empty"))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0 if x > 2])
print({(i, j): i * j for i in range(3) for j in range(i)})
print([(x, y) for x in "ab" for y in (1, 2)])
print([x if x > 2 else -x for x in range(5)])
print([f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())])
print({k.upper(): v for k, v in zip("xyz", range(3))})
print([y for x in [[1, 2], [3]] for y in x])
words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
print({w[0].lower(): w for w in words})
print(sorted({len(w) for w in words}))
print([w for w in words if (n := len(w)) > 4 and n % 2 == 0], n)
print([(i, w) for i, w in enumerate(words) if w.istitle()])
gen = (x * 2 for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
x = "outer"
print([x for x in range(3)], x)
print([lambda: i for i in range(3)][0](), [(lambda i=i: i)() for i in range(3)])
print([[0] * 3 for _ in range(2)])
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [len(r) for r in nested])
print({c: [w for w in words if w.lower().startswith(c)] for c in "abz"})
print(sorted((v, k) for k, v in {"a": 3, "b": 1, "c": 2}.items()))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict((k, v) for k, v in [("x", 1), ("y", 2)]))
print(set(c for c in "mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
print(frozenset(x % 3 for x in range(10)) == {0, 1, 2})
print(tuple(i for i in range(4)), tuple([i] for i in range(2)))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])


class Box:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * len(items) for i in range(2)]
    except NameError as e:
        err = str(e)


print(Box.doubled, Box.err)
print([x for x in range(10)][::3], [*range(3), *"ab"], {**{"a": 1}, "b": 2})
print({*[1, 2], *{3}}, [*{}], (*[1],))
evens = list(range(0, 20, 2))
print([e for e in evens if e not in {4, 8}][-3:])
print(sum([[1], [2, 3], []], []))
print(all(x < 10 for x in nums), any(x > 8 for x in nums), all([]), any([]))

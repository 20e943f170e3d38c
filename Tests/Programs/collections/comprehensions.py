# list, dict and set comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() if c in 'aeiou' else c for c in 'comprehension'])
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({v: k for k, v in {'a': 1, 'b': 1, 'c': 2}.items()})
print(sorted({x % 5 for x in range(100)}), sorted({len(w) for w in 'a bb cc ddd'.split()}))
print([w for w in 'The quick brown fox'.split() if len(w) > 3])
print([i for i in []], {i: i for i in ()}, {i for i in ''})
x = 'outer'
print([x for x in range(3)], x)
print([y for y in range(3)])
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
n = 10
print([n + i for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    scale = 10
    try:
        scaled = [v * scale for v in vals]
    except NameError as e:
        scaled = str(e)
print(C.doubled, C.scaled)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(i, j) for i in range(3) if i != 1 for j in 'ab' if not (i == 2 and j == 'b')])
flat = [item for sub in [[1, 2], [], [3], [4, [5]]] for item in sub]
print(flat)
print([len(s) for s in ['', 'a', 'ab']], [s * 2 for s in 'xy'])
words = ['apple', 'bob', 'kayak', 'level', 'python']
print({w: w == w[::-1] for w in words})
print([i if i % 2 == 0 else None for i in range(5)])
counts = {c: 'mississippi'.count(c) for c in 'mississippi'}
print(counts)
print([[0] * 2 for _ in range(2)], [(last := v) for v in [7, 8]], last)
print(sum([x for x in range(101)]), max(len(w) for w in words))

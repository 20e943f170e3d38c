# frozenset: immutability, hashing, mixing with set
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset('a'), repr(frozenset([5])))
g = f | {4}
print(type(g).__name__, sorted(g))
h = {4} | f
print(type(h).__name__, sorted(h))
print(type(f & {1}).__name__, type({1} & f).__name__, type(f - {1}).__name__, type(f ^ {9}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, f.issubset([1, 2, 3]))
d = {f: 'frozen key', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
ss = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(ss), sorted(sorted(x) for x in ss))
for attempt in ['add', 'remove', 'discard', 'update', 'clear', 'pop']:
    try:
        getattr(f, attempt)
    except AttributeError as e:
        print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(sorted(len(x) for x in nested), frozenset([1]) in nested)
try:
    {{1, 2}: 'set key'}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
fc = f.copy()
print(sorted(fc), fc == f)
print(sorted(f.union([7])), sorted(f.intersection(range(2, 10))), sorted(f.difference({3})))
x = frozenset([1])
y = x
x |= {2}
print(sorted(x), sorted(y), x is y)
s = set(f)
s.add(10)
print(sorted(s), sorted(f))
print(frozenset(range(5)) == frozenset(range(4, -1, -1)), frozenset('abc') < frozenset('abcd'))
words = ['listen', 'silent', 'enlist', 'google', 'gogole']
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
print(sorted(groups.values()))

# Equality and ordering between containers
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] == [1, 2], [1, 2] == [2, 1], [] == [])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [2] > [1, 100], [] < [[]])
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) == 1, () == [])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [[1], [2]] > [[1], [1, 9]])
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': [1]} == {'a': [1]})
print({1, 2, 3} == {3, 2, 1}, {1, 2} == frozenset({1, 2}), {1} == {1: None}.keys())
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} < {1, 2, 3}, {1, 4} > {1}, {1, 4} >= {4, 1})
print(['a', 'b'] < ['a', 'c'], ['b'] > ['a', 'z'], ['Z'] < ['a'])
print([1, 2.0] == [1.0, 2], [True, 0] == [1, False], [None] == [None], [None] != [0])
nan = float('nan')
n = [nan]
print(n == n, [nan] == [nan], n == [nan], [float('nan')] == [float('nan')], (nan,) == (nan,))
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([(2, 'a'), (1, 'z'), (1, 'b')]))
print(sorted([[2], [1, 5], [1], []]), sorted([(1, 'b'), (1, 'a', 0), (0,)]))
for a, b in [([1], (1,)), ({1: 2}, {1: 2}), ({1}, {1}), ([1, 'a'], [1, 2]), ((1, None), (1, 2))]:
    try:
        print(repr(a), '<', repr(b), '=', a < b)
    except TypeError as e:
        print(repr(a), '<', repr(b), '->', type(e).__name__, e)
print([1, 2] != [1, 2], not [1] == [1], [1] != [1.0])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f'  Eq.__eq__({self.v}, {other!r})')
        return isinstance(other, Eq) and self.v == other.v
    def __repr__(self):
        return f'Eq({self.v})'
print([Eq(1), Eq(2)] == [Eq(1), Eq(3)])
print(Eq(5) in [1, Eq(5)])
print([Eq(1)].index(Eq(1)))
x = [1, 2]
print([x, x] == [[1, 2], [1, 2]], (x,) == ([1, 2],))

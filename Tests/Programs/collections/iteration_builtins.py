# len/min/max/sum/sorted/reversed/enumerate/zip/map/filter/any/all on collections
data = [4, -2, 7, 0, 7, -9]
print(len(data), min(data), max(data), sum(data), sum(data, 100), sum([]), sum([], 5))
print(min(data, key=abs), max(data, key=abs), min([], default='empty'), max((), default=None))
print(min('b', 'a', 'c'), max(3, 9, 2), min([3, 1], [2, 9]), max('abc', 'abd', key=lambda s: s[-1]))
print(max([7, 7.0]), max([7.0, 7]), min([1, True]), max(data.index(7), data.count(7)))
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(map(abs, data)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, 'hi')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda v: v > 0, data)))
print(list(reversed(data)), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(any([]), all([]), any([0, 0.0, '']), all([1, 'a', [0]]), any(iter([0, 1])))
print(sorted(data), sorted(data, key=lambda v: (v % 3, v)), sorted('Zebra', key=str.lower))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list(range(0)))
print(dict(enumerate('xy')), list(zip(range(3), range(3, 0, -1))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'exhausted'))
print(list(map(len, ['a', 'bb', ''])), sum(map(len, ['a', 'bb', ''])))
print(sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([True, True, False]))
for label, fn in [('min([])', lambda: min([])), ('max()', lambda: max()), ('sum str', lambda: sum(['a'], '')),
                  ('next', lambda: next(iter([]))), ('reversed', lambda: reversed({1, 2})),
                  ('enumerate', lambda: enumerate(5)), ('zip', lambda: zip(1, 2)),
                  ('len', lambda: len(iter([]))), ('sorted', lambda: sorted(5)),
                  ('min key', lambda: min([1, 2], key=5)), ('iter', lambda: iter(5))]:
    try:
        fn()
        print(label, 'ok')
    except (ValueError, TypeError, StopIteration) as e:
        print(label, '->', type(e).__name__, e)
pairs = [('b', 2), ('a', 1), ('c', 3)]
names, nums = zip(*sorted(pairs))
print(names, nums)
print([i * v for i, v in enumerate(range(10, 15))])
print(list(map(lambda kv: f'{kv[0]}={kv[1]}', {'x': 1, 'y': 2}.items())))

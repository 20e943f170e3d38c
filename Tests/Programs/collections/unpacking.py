# Sequence unpacking, starred targets and unpacking in displays/calls
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *rest = [1, 2, 3, 4]
print(h, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = 'abcdef'
print(first, mid, end)
p, *q = [9]
print(p, q)
x, *y, z = 1, 2
print(x, y, z)
(i, *j), k = [1, 2, 3], 4
print(i, j, k)
for n, (ch, *others) in enumerate(['ab', 'cde', 'f']):
    print(n, ch, others)
key, value = {'only': 1}.popitem()
print(key, value)
m, n = {'k1': 1, 'k2': 2}
print(m, n)
print([*range(3), *'ab', *{'x': 1}], (*[1], *(2,)), {*[1, 1], *(2,)})
print({**{'a': 1}, 'b': 2, **dict(c=3)})
def show(*args, **kwargs):
    return f'{args} {kwargs}'
print(show(*[1, 2], *(3,), **{'k': 'v'}, **{'j': 0}))
tests = [
    ('a, b = [1, 2, 3]', lambda: exec_unpack(2, [1, 2, 3])),
    ('a, b, c = [1, 2]', lambda: exec_unpack(3, [1, 2])),
    ('a, b = 5', lambda: exec_unpack(2, 5)),
    ('a, b = []', lambda: exec_unpack(2, [])),
    ('a, b = "abc"', lambda: exec_unpack(2, 'abc')),
]
def exec_unpack(n, value):
    if n == 2:
        a, b = value
        return a, b
    a, b, c = value
    return a, b, c
for text, fn in tests:
    try:
        print(text, fn())
    except (ValueError, TypeError) as ex:
        print(text, '->', type(ex).__name__, ex)
try:
    a, *b, c, d = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = None
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = iter([1, 2, 3, 4])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    print(*5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    show(**[1])
except TypeError as ex:
    print(type(ex).__name__, ex)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
class O:
    pass
o = O()
o.x, o.y = 10, 20
print(o.x, o.y)

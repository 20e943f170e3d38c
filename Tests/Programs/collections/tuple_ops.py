# Tuples: construction, immutability, methods, packing
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(1, 1))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'k': 1}))
print((1,) * 3, (1, 2) + (3,), (0,) * 0, () + ())
e = ()
print(len(e), bool(e), bool((0,)), (None,))
try:
    t[0] = 10
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    del t[0]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    t.append(4)
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    t[10]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    t.index(99)
except ValueError as ex:
    print(type(ex).__name__, ex)
inner = [1, 2]
tt = (inner, 'x')
inner.append(3)
print(tt)
try:
    tt[0] += [4]
except TypeError as ex:
    print(type(ex).__name__, ex)
print(tt)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'))
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
try:
    {([1], 2): 'x'}
except TypeError as ex:
    print(type(ex).__name__, ex)
packed = 1, 'two', 3.0
a, b, c = packed
print(packed, a, b, c)
x, y = y, x = 1, 2
print(x, y)
print(tuple(i * i for i in range(4)), (i for i in ()).__class__.__name__)
print(max((3, 'a'), (3, 'b')), sorted([(2, 1), (1, 2)]), sum((1, 2, 3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested.count((1, 2)))
print(repr((1,)), str(('a', "b'")), (1, 2).__len__())
print(tuple([1, [2, 3]])[1] is tuple([1, [2, 3]])[1])
print(t == tuple(list(t)), list(t) == t)

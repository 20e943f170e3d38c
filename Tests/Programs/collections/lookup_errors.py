# KeyError / IndexError / unhashable messages from collections
d = {'a': 1, (1, 2): 'tup', 3: 'three', None: 'none'}
for key in ['b', (1, 3), 4, 2.5, '', (), ('x',), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d.pop('nope')
except KeyError as e:
    print('pop', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem', e)
try:
    del d['gone']
except KeyError as e:
    print('del', e)
for bad in [[1], {'k': 1}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().remove('x')
except KeyError as e:
    print('set.remove', type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print('set.pop', type(e).__name__, e)
lst, tup, s = [10, 20], (1,), 'ab'
for name, obj, idx in [('list', lst, 2), ('list', lst, -3), ('tuple', tup, 1), ('str', s, 5), ('range', range(3), 3)]:
    try:
        obj[idx]
    except IndexError as e:
        print(name, type(e).__name__, e)
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError('x'), LookupError), issubclass(IndexError, LookupError))
try:
    raise KeyError('a', 'b')
except LookupError as e:
    print(type(e).__name__, e)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
e = KeyError('it\'s')
print(str(e), repr(e))
print(str(KeyError(42)), str(IndexError('list index out of range')), str(KeyError('')))

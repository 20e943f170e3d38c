# is / is not / in / not in
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, type(None) is type(None), True is not False)
x = None
print(x is None, x is not None)
print(1 in a, 4 in a, 4 not in a, not 4 in a)
print('b' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc', '' in '')
print(1 in (1, 2), [1] in [[1], [2]], (1,) in [(1,)], 1.0 in [1], True in [1])
d = {'k': 1, 'j': 2}
print('k' in d, 1 in d, 'k' in d.keys(), 1 in d.values(), ('k', 1) in d.items())
s = {1, 2, 3}
print(2 in s, 5 not in s, frozenset([1]) in {frozenset([1])})
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-1 in range(-5, 0), 2.0 in range(5), 2.5 in range(5))
gen = (i * i for i in range(10))
print(9 in gen, 16 in gen, 4 in gen)
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
nan = float('nan')
lst = [nan]
print(nan in lst, float('nan') in lst)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, item):
        print('contains called with', item)
        return item in self.items
bx = Box([1, 2])
print(1 in bx, 3 not in bx)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
for bad in [(1, 5), ([1], {'a': 1}), ([1], {1, 2})]:
    try:
        print(bad[0] in bad[1])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(1 in 'abc')
except TypeError as e:
    print(type(e).__name__, e)
e1 = ()
e2 = e1
print(e1 is e2, e1 == ())
print(type(a) is list, isinstance(a, list), type(True) is int)

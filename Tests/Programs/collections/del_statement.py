# del on names, list items/slices, dict keys, attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]; print(lst)
del lst[-1]; print(lst)
del lst[2:4]; print(lst)
del lst[::2]; print(lst)
del lst[:]; print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']; print(d)
del d['a'], d['c']; print(d)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]; print(m)
class Obj:
    pass
o = Obj()
o.attr, o.other = 'value', 1
del o.attr
print(hasattr(o, 'attr'), o.other)
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del d['zzz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
for seq in [(1, 2), 'str', range(3)]:
    try:
        del seq[0]
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(f())
g = 'global'
def h():
    global g
    del g
h()
try:
    g
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print('i' in dir())
nums = [1, 2, 3, 4, 5, 6]
for idx in sorted([1, 3, 4], reverse=True):
    del nums[idx]
print(nums)
(p, q) = (1, 2)
del (p, q)
print('p' in dir(), 'q' in dir())
[r] = [1]
del [r]
print('r' in dir())

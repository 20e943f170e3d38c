# Augmented assignment operators on numbers, names, items and attributes
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 6
n &= 3; print(n)
n |= 8; print(n)
n ^= 5; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
big = 1
for _ in range(3):
    big *= 10 ** 10
print(big)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
print(lst)
d = {'a': 1}
d['a'] += 1
d['b'] = d.get('b', 0) + 3
d['b'] -= 1
print(d)
class P:
    pass
p = P()
p.v = 1
p.v += 41
print(p.v)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
a = [1]
b = a
a += [2]
print(a, b, a is b)
c = (1,)
e = c
c += (2,)
print(c, e, c is e)
try:
    undefined_name += 1
except NameError as err:
    print(type(err).__name__, err)
try:
    d['missing'] += 1
except KeyError as err:
    print(type(err).__name__, err)
try:
    q = 'x'
    q -= 'y'
except TypeError as err:
    print(type(err).__name__, err)
try:
    z = None
    z += 1
except TypeError as err:
    print(type(err).__name__, err)

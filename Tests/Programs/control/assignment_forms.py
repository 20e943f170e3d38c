# Chained, tuple and starred assignment; evaluation order of targets
a = b = c = 0
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
x, y = y, x + y
print(x, y)
x, y = y, x
print(x, y)
trace = []
def val(tag, v):
    trace.append(tag)
    return v
class Rec:
    def __setattr__(self, name, value):
        trace.append(f'set {name}={value}')
        object.__setattr__(self, name, value)
r = Rec()
r.p, r.q = val('rhs1', 1), val('rhs2', 2)
print(trace)
trace.clear()
r.m = r.n = val('rhs', 5)
print(trace)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'X'
print(i, lst)
d = {}
k = 'first'
k, d[k] = 'second', 'value'
print(k, d)
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(m)
n = [0, 1]
idx = 0
idx, n[idx] = n[idx] + 1, 'changed'
print(idx, n)
p = q = r2 = 'shared'
print(p, q, r2)
(a1, b1), [c1, d1] = 'ab', (3, 4)
print(a1, b1, c1, d1)
first, *middle, last = 1, 2, 3, 4, 5
print(first, middle, last)
w = v = 10
w += 1
print(w, v)
t = 1,
print(t)
e, = [99]
print(e)
[f] = 'z'
print(f)
g = h = i2 = j = None
print(g, h, i2, j)
s = [[0] * 2] * 2
s[0][0] = 1
print(s)
count = 0
def counter():
    global count
    count += 1
    return count
arr = [0] * 5
arr[counter()] = counter()
print(arr, count)
z = {'a': {}}
z['a']['b'] = z['a'].get('b', 0) + 1
print(z)

# Aliasing, shallow copies and the [[]]*n pitfall
a = [1, [2, 3], {'k': 'v'}]
alias = a
sl = a[:]
lc = list(a)
cp = a.copy()
print(alias is a, sl is a, lc is a, cp is a, sl == a)
a.append(4)
print(alias, sl, lc, cp)
a[1].append('shared')
a[2]['k'] = 'changed'
print(sl, cp)
print(sl[1] is a[1], cp[2] is a[2])
d = {'list': [1], 'n': 0}
dc = d.copy()
dd = dict(d)
d['n'] = 99
d['list'].append(2)
print(d, dc, dd)
s = {1, 2}
sc = s.copy()
s.add(3)
print(sorted(s), sorted(sc))
grid = [[0] * 3] * 3
grid[0][0] = 'X'
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 'X'
print(grid2, grid2[0] is grid2[1])
row = [0] * 3
row[0] = 5
print(row)
def modify(lst):
    lst.append('added')
    lst = ['rebound']
    lst.append('lost')
    return lst
orig = [1]
ret = modify(orig)
print(orig, ret)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
def default_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(default_safe(1), default_safe(2))
t = (1, [2])
t2 = t
t[1].append(3)
print(t2, t is t2)
nested = [[1, 2], [3, 4]]
manual_deep = [inner[:] for inner in nested]
manual_deep[0][0] = 'deep'
print(nested, manual_deep)
x = y = []
x.append(1)
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)
p = q = [0]
p += [1]
print(p, q, p is q)
s1 = 'abc'
s2 = s1
s1 += 'd'
print(s1, s2)

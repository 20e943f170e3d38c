# repr of self-referencing and nested containers
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
print(repr(a), str(a))
b = [a, a]
print(b)
d = {'k': 1}
d['self'] = d
print(d)
c = {'list': []}
c['list'].append(c)
print(c)
x = [[]]
x[0].append(x)
print(x)
y = []
z = [y]
y.append(z)
print(y, z)
t = ([],)
t[0].append(t)
print(t)
m = [1]
n = {'m': m}
m.append(n)
print(m, n)
deep = []
cur = deep
for i in range(5):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep)
print([[[]]], [[], [[]]], {'a': {'b': {}}}, [(), ((),)])
print(a == a, a[2][2][2][0])
shared = [0]
pair = [shared, shared]
print(pair)
pair[0][0] = 'changed'
print(pair)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f'Node({self.name}, {self.children})'
root = Node('root')
root.children.append(Node('leaf'))
print(root)
s = [1]
s.append([s, [s]])
print(s)
e = {}
e[1] = [e]
print(e)

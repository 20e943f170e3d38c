# dict methods and operators
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('a', 100), d.setdefault('e', 5), d.setdefault('f'), d)
print(d.pop('f'), d.pop('missing', 'dflt'), d)
print(d.popitem(), d)
d.update({'b': 20, 'x': 9})
d.update([('y', 10)], z=11)
d.update(w=0)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'k': 1}
m |= {'k': 2, 'j': 3}
m |= [('i', 4)]
print(m)
m.clear()
print(m, len(m), bool(m))
del d['x']
print(d)
print(dict(a=1, b=2), dict([('a', 1)], b=2), dict({'a': 1}), dict(zip('ab', [1, 2])))
print(dict(), dict([]), {**{'a': 1}, **{'a': 2, 'b': 3}})
d2 = {}
for word in 'the cat and the hat and the bat'.split():
    d2[word] = d2.get(word, 0) + 1
print(d2)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(sorted(d2, key=d2.get, reverse=True), max(d2, key=d2.get))
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
inv = {}
inv[1] = 'int'
inv[1.0] = 'float'
inv[True] = 'bool'
print(inv)
o = {'z': 1, 'a': 2}
o['m'] = 3
del o['z']
o['z'] = 4
print(o, list(o))
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'})
print(list(reversed({'x': 1, 'y': 2, 'z': 3})), list(reversed({'x': 1}.items())))

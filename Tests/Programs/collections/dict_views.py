# Dictionary views are live and support set operations
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
d['d'] = 4
del d['a']
print(k, v, it)
print(list(k), list(v), list(it))
print(k & {'b', 'x'}, sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(it & {('b', 2), ('c', 0)}, sorted(k) == sorted(d))
print(k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'], {'x': 1}.keys() < {'x': 1, 'y': 2}.keys())
print(k.isdisjoint({'q'}), v == v, list(reversed(k)), list(reversed(v)))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, '->', val)
for i, key in enumerate(d):
    print(i, key, d[key])
try:
    for key in d:
        if key == 'b':
            d['new'] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(d)
try:
    for key in d:
        del d[key]
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(d)
for key in list(d):
    if d[key] == 0:
        del d[key]
print(d)
try:
    d.keys()[0]
except TypeError as ex:
    print(type(ex).__name__, ex)
vals = {'x': [1], 'y': [2]}.values()
print(sum(len(x) for x in vals), [1] in vals)
nested = {'outer': {'inner': [1, 2, {'deep': True}]}}
print(nested['outer']['inner'][2]['deep'], nested.get('outer', {}).get('missing', 'n/a'))
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items())), dict(sorted({'b': 2, 'a': 1}.items(), key=lambda kv: kv[1])))

# Replacing keys while iterating keeps the size but CPython still notices: 'dictionary keys changed during iteration'
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it))
del d["a"]
d["z"] = 5
try:
    print(list(it))
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it), next(it))
del d["a"]
d["z"] = 5
try:
    print(list(it))
except RuntimeError as e:
    print(e)
d = {i: i for i in range(20)}
it = iter(d.items())
print(next(it))
del d[0]
d[100] = 100
try:
    print(len(list(it)))
except RuntimeError as e:
    print(e)
d = {"x": 1}
for k in d:
    d[k] = 2
print(d)

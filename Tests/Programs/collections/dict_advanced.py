d = {}
d[1] = "int"
d[1.0] = "float overwrites value, keeps key"
d[True] = "bool too"
print(d)
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
d[None] = "none"
print(len(d), d[(1, 2)], d[frozenset({1})], d[None])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("z", "none"))
copy = dict(nested)
copy["a"]["b"]["c"] = 100
print(nested["a"]["b"]["c"], copy is nested, copy == nested)
keys = list(counts)
print(keys, list(counts.values()), list(counts.items())[:2])
print({k: v for k, v in counts.items() if v > 1}, {v: k for k, v in counts.items()})
merged = {**counts, "m": 99, "z": 0}
print(merged)
print(dict.fromkeys(range(3), 0), dict(zip(range(3), "abc")), dict([("a", 1), ("a", 2)]))
order = {}
for w in ["pear", "apple", "fig", "apple", "kiwi"]:
    order[w] = order.get(w, 0) + 1
print(list(order), next(iter(order)), list(reversed(order)))
del order["apple"]
order["apple"] = 5
print(list(order))
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a": [1]} == {"a": [1]})
v = counts.values()
i = counts.items()
counts["new"] = 1
print(len(v), ("new", 1) in i, sorted(v)[-1])
try:
    {}[[]]
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()), sum({1: 0, 2: 0}))
cache = {}
def fibm(n):
    if n not in cache:
        cache[n] = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    return cache[n]
print(fibm(90), len(cache), list(cache)[:5])
print(str({"q": "'", "dq": '"'}), repr({1: {2: {3: {}}}}), {(): [], "": set()})

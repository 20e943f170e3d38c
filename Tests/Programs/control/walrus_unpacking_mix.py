data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = [10, (20, 30)]
print(x, y, z)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x
print(x, y)
m = {"k": [1, 2]}
m["k"][0], m["k"][1] = m["k"][1], m["k"][0]
print(m)
lst = [0, 1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)
print(*[1, 2], *"ab", sep="-")
print({**{"a": 1}, **dict(b=2), "a": 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
def g(a, b):
    return a - b
try:
    g(*[1], **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
values = [5, 3, 9]
total = 0
for v in values:
    total += (doubled := v * 2)
print(total, doubled)
print((z := 5) + z, [(q := i) for i in range(3)], q)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(max(counts.items(), key=lambda kv: kv[1]))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, 3 > 2 >= 2 > 1, "a" < "b" < "c", 1 < 2 > 0 < 5)
x = 5
print(0 < x <= 5, not 0 < x < 5, x in range(10) in [range(10)] if False else x in range(10))
print(None is None, [] is not [], (1, 2) == (1, 2), "abc" == "ab" + "c", 0 == False)
print(True and 0 or "fallback", None or [] or 0, 1 and 2 and 3, not (1 and 0))

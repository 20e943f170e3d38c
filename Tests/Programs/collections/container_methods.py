lst = [1, 2, 3]
lst.extend(range(4, 6))
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst, lst.index(3), lst.count(1), lst.index(99, 2))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(2)
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
lst.reverse()
print(lst, lst.copy() == lst, lst.copy() is lst)
lst.clear()
print(lst, [1, 2] * 2, 2 * [0], [1] + [2], [[]] * 2)
a = [1, 2]
a += (3, 4)
a *= 2
print(a)
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] != [1.0], [1, [2]] == [1, [2]])

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", "default"), d.popitem(), d)
d.update([("x", 1)], y=2)
d.update({"z": 3})
print(d, list(d.keys()), list(d.values()), list(d.items()))
print("x" in d, 1 in d, 1 in d.values(), ("x", 1) in d.items())
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], []), dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2))
print(d | {"w": 0}, {"x": 0} | d)
d |= {"q": 9}
print(d, len(d))
ks = d.keys()
d["new"] = 1
print(len(ks), "new" in ks, ks & {"x", "nope"}, ks - {"x"} == {"y", "z", "q", "new"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d["boom" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "a", 1.0: "b", True: "c"}, {0: 0, False: 1, 0.0: 2})
print(dict(sorted({"b": 1, "a": 2}.items())), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})

s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a < a)
c = set(a)
c |= {10}
c &= {1, 10, 2}
c -= {2}
c ^= {5}
print(sorted(c))
c.update([7], (8,))
c.intersection_update({7, 8, 1})
print(sorted(c), c.pop() in {1, 7, 8}, len(c))
c.clear()
print(c, set(), frozenset(), {()}, set("aa"), frozenset([1]) | {2})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset({1, 2})], type(fs | {3}).__name__, type({3} | fs).__name__)

t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], t[::-1], (1,) * 0, len(()), tuple("ab"))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 2, 3), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)), (1, [2]) == (1, [2]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
s = "hello"
print(s.index("l"), s.rindex("l"), s.count("l"), s.startswith(("he", "x")), s.endswith("lo", 0, 5))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)

# set operations (output sorted to stay deterministic)
a = {1, 2, 3, 4}
b = {3, 4, 5}
S = sorted
print(S(a | b), S(a & b), S(a - b), S(b - a), S(a ^ b))
print(S(a.union(b, [9])), S(a.intersection(b, {4})), S(a.difference(b, {1})), S(a.symmetric_difference([4, 6])))
print(a <= b, {3} <= b, {3, 4} < b, b < b, b <= b, b >= {5}, b > {5}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(S(s), len(s))
s.update([5, 6], (7,), 'a')
print(S(s, key=str))
s.discard(99); s.discard('a'); s.remove(7)
print(S(s))
c = {1, 2, 3}
c |= {4}; print(S(c))
c &= {2, 3, 4, 5}; print(S(c))
c -= {2}; print(S(c))
c ^= {4, 10}; print(S(c))
c.intersection_update([3, 10, 11]); print(S(c))
c.difference_update({10}); print(S(c))
c.symmetric_difference_update({3, 8}); print(S(c))
p = {10}
print(p.pop(), p, len(p))
print(set('hello') == {'h', 'e', 'l', 'o'}, S(set('mississippi')), len(set([1, 1.0, True])))
print({1, 2} == {2, 1}, {1} == [1], {1, 2} != {1}, set() == frozenset())
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr(set()), repr({42}), repr({'only'}), str({(1, 2)}))
print(S({x % 4 for x in range(20)}), S({c.lower() for c in 'AbBa'}))
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, S(seen))
u = {1, 2}
v = u
v.add(3)
w = u.copy()
w.add(4)
print(S(u), S(w), u is v, u is w)
print(sum({1, 2, 3}), max({5, 2}), min({'b', 'a'}), S({-1, -5, 3}, reverse=True))

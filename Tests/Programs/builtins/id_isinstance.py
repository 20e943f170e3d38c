# id() equality semantics and isinstance() basics
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c), a == c, a is c)
print(type(id(a)).__name__, id(a) > 0)

# id stays the same while an object is mutated
before = id(a)
a.append(3)
print(id(a) == before)
a += [4]
print(id(a) == before)
t = (1,)
before_t = id(t)
t += (2,)
print(id(t) == before_t)

# Identity of singletons
print(id(None) == id(None), id(True) == id(True), None is None)
x = None
print(x is None, id(x) == id(None))

# Distinct live objects have distinct ids
objs = [object() for _ in range(5)]
print(len(set(id(o) for o in objs)))

# is vs == for various objects
class Same:
    def __eq__(self, other):
        return True
s1, s2 = Same(), Same()
print(s1 == s2, s1 is s2, id(s1) == id(s2))

# Bound methods are created on each access
class K:
    def m(self):
        pass
k = K()
print(k.m is k.m, k.m == k.m)

# isinstance basics
values = [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, True, range(2), K()]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(K, type), isinstance(int, type), isinstance(type, object))
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None))

# hash(ref) equals hash(referent), is computed once and cached
import weakref

class Key:
    def __init__(self, value):
        self.value = value
        self.hash_calls = 0
    def __hash__(self):
        self.hash_calls += 1
        print("  Key.__hash__ called for", self.value)
        return self.value * 7
    def __eq__(self, other):
        return isinstance(other, Key) and self.value == other.value

k = Key(6)
r = weakref.ref(k)
print("hash(ref):", hash(r))
print("hash(key):", hash(k))
print("equal hashes:", hash(r) == hash(k))
print("key hash calls so far:", k.hash_calls)
print("hash again:", hash(r))
print("hash again:", hash(r))
print("key hash calls (ref cached):", k.hash_calls)

# a ref with a callback has the same hash
rc = weakref.ref(k, lambda w: None)
print("callback ref hash:", hash(rc), "calls:", k.hash_calls)

# plain objects: hash of ref == hash of object
class Plain:
    pass
p = Plain()
print("plain hashes equal:", hash(weakref.ref(p)) == hash(p))

# functions and classes
def f():
    pass
print("function hash equal:", hash(weakref.ref(f)) == hash(f))
print("class hash equal:", hash(weakref.ref(Plain)) == hash(Plain))

# frozenset and str subclass
fs = frozenset([1, 2, 3])
print("frozenset hash equal:", hash(weakref.ref(fs)) == hash(fs))
class S(str):
    pass
s = S("hello")
print("str subclass hash equal:", hash(weakref.ref(s)) == hash("hello"))

# unhashable referent: hashing the ref fails like the referent
class Unhashable:
    __hash__ = None
u = Unhashable()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print("TypeError:", e)

# refs used as dict keys and set members
d = {r: "key six"}
print("lookup by other ref:", d[rc])
print("set size:", len({r, rc}))

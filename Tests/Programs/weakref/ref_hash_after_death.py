# A ref keeps its cached hash after death; a first hash after death raises TypeError
import weakref

class C:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

a = C(12345)
ra = weakref.ref(a)
print("hash while alive:", hash(ra))
del a
print("dead:", ra())
print("hash after death (cached):", hash(ra))

b = C(999)
rb = weakref.ref(b)
del b
try:
    hash(rb)
    print("no error")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(rb)
except TypeError as e:
    print("again TypeError:", e)

# a dict keyed by a ref still finds it after the referent died
c = C(77)
rc = weakref.ref(c)
table = {rc: "seventy-seven"}
del c
print("dead ref still a key:", table[rc])
print("in table:", rc in table)

# a dead ref never hashed cannot be put in a set
d = C(5)
rd = weakref.ref(d)
del d
try:
    s = {rd}
except TypeError as e:
    print("set TypeError:", e)

# callbacks can hash the ref only if it was hashed earlier
def cb(w):
    try:
        print("in callback hash:", hash(w))
    except TypeError as e:
        print("in callback TypeError:", e)

e1 = C(42)
r1 = weakref.ref(e1, cb)
hash(r1)
r2 = weakref.ref(e1, cb)
del e1
print("end")

# WeakKeyDictionary len() while an iteration is active: table size minus pending removals, committed at the end
import weakref

class Key:
    def __init__(self, name):
        self.name = name

keys = {n: Key(n) for n in "abcde"}
d = weakref.WeakKeyDictionary((k, n) for n, k in keys.items())
seen = []
for k, v in d.items():
    seen.append(v)
    if v == "a":
        print("at a: len", len(d))
        del keys["c"]
        print("after killing c: len", len(d), "keyrefs", len(d.keyrefs()))
        del keys["e"]
        print("after killing e: len", len(d), "keyrefs", len(d.keyrefs()))
    else:
        print("at", v, ": len", len(d))
del k, v
print("visited:", seen)
print("after the loop: len", len(d), "keyrefs", len(d.keyrefs()))
print("two nested iterations:")
outer = iter(d.keys())
first = next(outer)
inner = iter(d.values())
print("  inner first:", next(inner))
del keys["b"]
print("  len with both iterators alive:", len(d), "keyrefs", len(d.keyrefs()))
del inner
print("  inner dropped:", len(d), "keyrefs", len(d.keyrefs()))
del outer
print("  outer dropped:", len(d), "keyrefs", len(d.keyrefs()))
print("first still holds:", first.name)
print("bool with pending removals:", bool(d))

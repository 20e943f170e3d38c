# Temporaries created in comprehensions/generator expressions die at the expected points
import weakref
class O:
    def __init__(self, n): self.n = n
log = []
refs = [weakref.ref(o, lambda w: log.append("died")) for o in [O(i) for i in range(3)]]
print(len(log), [r() for r in refs])
log.clear()
objs = [O(i) for i in range(3)]
s = weakref.WeakSet(objs)
total = sum(1 for x in s)
print(total, len(s))
vals = weakref.WeakValueDictionary((i, O(i)) for i in range(3))
print(len(vals), list(vals.items()))
keep = [O(i) for i in range(3)]
keys = weakref.WeakKeyDictionary({k: [k.n] for k in keep})
print(sorted(v[0] for v in keys.values()))
keep.pop()
print(len(keys))

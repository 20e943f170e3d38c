# Values dying during iteration of a WeakValueDictionary
import weakref
class V:
    def __init__(self, n): self.n = n
vals = {i: V(i) for i in range(6)}
d = weakref.WeakValueDictionary(vals)
out = []
for k, v in d.items():
    out.append(k)
    if len(out) == 1:
        del vals[4]; del vals[5]
    del v
print(len(out) >= 1, len(d), sorted(d.keys()))
out = []
for k in d:
    out.append(k)
    if len(out) == 2:
        vals.clear()
print("len after clear:", len(d), list(d.items()))

# WeakSet in-place operations and element death while operating
import weakref
class E:
    def __init__(self, n): self.n = n
def ns(s): return sorted(x.n for x in s)
es = [E(i) for i in range(6)]
s = weakref.WeakSet(es)
s -= weakref.WeakSet(es[:2])
print(ns(s))
s &= es[1:5]
print(ns(s))
s |= set(es[5:])
print(ns(s))
s ^= es[4:]
print(ns(s))
s.difference_update(es[2:3], es[3:4])
print(ns(s), len(s))
s.update(es)
del es[0:3]
print(ns(s), len(s))
s.intersection_update([es[0]], [es[0], es[1]])
print(ns(s))
s.symmetric_difference_update(es)
print(ns(s))
s2 = s
s -= s
print(s is s2, len(s))
s |= es
s ^= s
print(len(s))
s |= es
s &= s
print(ns(s))

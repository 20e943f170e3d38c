# WeakSet set algebra with plain sets, lists and other WeakSets; comparisons
import weakref
class E:
    def __init__(self, n): self.n = n
def ns(s): return sorted(x.n for x in s)
es = [E(i) for i in range(6)]
s = weakref.WeakSet(es[:4])
t = weakref.WeakSet(es[2:])
plain = set(es[1:3])
print(ns(s | t), ns(s & t), ns(s - t), ns(s ^ t))
print(type(s | t).__name__, type(s & plain).__name__)
print(ns(s.union(es[4:])), ns(s.intersection(es[3:])), ns(s.difference([es[0]])), ns(s.symmetric_difference(es[3:5])))
print(ns(s | plain), ns(s - plain))
try:
    print(ns(plain | s))
except TypeError as e:
    print("TypeError", e)
try:
    print(ns(s | es))
except TypeError as e:
    print("TypeError", e)
try:
    print(s & [1])
except TypeError as e:
    print("TypeError", e)
print(s <= weakref.WeakSet(es), s < weakref.WeakSet(es), s >= t, s > weakref.WeakSet(es[:2]))
print(s.issubset(es), s.issuperset(es[:1]), s.isdisjoint(es[4:]), s.isdisjoint(es[3:]))
print(s == set(es[:4]), s == weakref.WeakSet(es[:4]), s != t, s == es[:4])
try:
    print(s < set(es))
except TypeError as e:
    print("TypeError", e)
try:
    print(s < es)
except TypeError as e:
    print("TypeError", e)

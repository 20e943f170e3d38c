# len() of weak dictionaries during iteration while keys die (len may include pending removals in CPython until iteration ends)
import weakref
class K: pass
ks = [K() for _ in range(5)]
d = weakref.WeakKeyDictionary({k: 1 for k in ks})
n = 0
for k in list(d.keys()):
    pass
del k
lens = []
with_it = iter(d)
next(with_it)
ks.pop(); ks.pop()
lens.append(len(d))
del with_it
lens.append(len(d))
print(lens)
print(len(d), len(list(d)))

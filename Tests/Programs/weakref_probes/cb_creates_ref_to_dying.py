# Callback creating new weakrefs to another object that then dies inside the callback
import weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
log = []
pool = {"x": A(1), "y": A(2)}
newrefs = []
def cb(w):
    log.append("cb start")
    for k in sorted(pool):
        newrefs.append(weakref.ref(pool[k], lambda w, k=k: log.append("inner " + k)))
    pool.clear()
    log.append("cb end")
a = A(0)
r = weakref.ref(a, cb)
del a
print(log)
print([x() for x in newrefs])

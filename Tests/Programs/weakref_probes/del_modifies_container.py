# __del__ of a weakly held value/key that modifies the same container (re-inserting itself, inserting others)
import weakref
class V:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("__del__", self.n, "len before:", len(w))
        w["again%d" % self.n] = self
        w["same"] = self
        print("  len inside __del__:", len(w), sorted(w))
keep = V(0)
w = weakref.WeakValueDictionary(same=keep)
tmp = V(1)
w["t"] = tmp
del tmp
print("after death:", sorted(w), len(w))
class K:
    def __init__(self, n): self.n = n
    def __del__(self):
        d[self] = "reinserted"
        d[other] = "other-set"
        print("K.__del__ inserted; len", len(d))
other = K(99)
d = weakref.WeakKeyDictionary()
k = K(1)
d[k] = "orig"
del k
print("wkd after:", len(d), [x.n for x in d])
s = weakref.WeakSet()
class S:
    def __del__(self):
        s.add(self)
        print("S.__del__ added itself; len", len(s))
x = S()
s.add(x)
del x
print("ws after:", len(s))
del K.__del__, V.__del__, S.__del__
print("end")

# WeakMethod compared with plain refs/KeyedRefs to the same instance, and with non-refs
import weakref
class C:
    def m(self): pass
    def n(self): pass
c = C()
wm = weakref.WeakMethod(c.m)
wn = weakref.WeakMethod(c.n)
r = weakref.ref(c)
k = weakref.KeyedRef(c, None, "k")
print(wm == r, r == wm, wm != r, r != wm)
print(wm == k, k == wm)
print(wm == wn, wm == c.m, wm == 1)
print(hash(wm) == hash(r), hash(wm) == hash(wn))
print(len({wm, wn, r}))
print(weakref.ref.__eq__(wm, r), weakref.ref.__eq__(wm, wn))
del c
print(wm == r, r == wm, wm == wn, wm == wm)

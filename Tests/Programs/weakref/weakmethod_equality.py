# WeakMethod equality: alive ones compare object and function; dead ones compare by identity
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n
    __hash__ = object.__hash__
    def m(self):
        return self.n
    def other(self):
        return -self.n

a = C(1)
a2 = C(1)
b = C(2)
wa = weakref.WeakMethod(a.m)
wa_again = weakref.WeakMethod(a.m)
wa2 = weakref.WeakMethod(a2.m)
wb = weakref.WeakMethod(b.m)
wother = weakref.WeakMethod(a.other)
print("same object same method:", wa == wa_again, wa != wa_again)
print("equal objects same method:", wa == wa2)
print("different objects:", wa == wb, wa != wb)
print("different methods:", wa == wother, wa != wother)
print("WeakMethod vs plain ref:", wa == weakref.ref(a), weakref.ref(a) == wa)
print("WeakMethod vs bound method:", wa == a.m)
print("WeakMethod vs None:", wa == None, wa != None)
print("hash equal for same method:", hash(wa) == hash(wa_again))
print("set of WeakMethods:", len({wa, wa_again, wb}))

del a
print("dead vs alive with same function:", wa == wa2, wa != wa2)
print("dead vs other dead:", wa == wa_again, wa != wa_again)
print("dead vs itself:", wa == wa, wa != wa)
print("hash after death (cached):", hash(wa) == hash(wa_again))
d = C(9)
wd = weakref.WeakMethod(d.m)
del d
try:
    hash(wd)
except TypeError as e:
    print("first hash after death TypeError:", e)

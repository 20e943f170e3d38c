# Rich comparisons on proxies are forwarded to the referent (proxy operands are unwrapped)
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def _other(self, o):
        return o.n if isinstance(o, V) else o
    def __eq__(self, o):
        print("  __eq__", self.n, self._other(o))
        return self.n == self._other(o)
    def __ne__(self, o):
        print("  __ne__", self.n, self._other(o))
        return self.n != self._other(o)
    def __lt__(self, o):
        print("  __lt__", self.n, self._other(o))
        return self.n < self._other(o)
    def __le__(self, o):
        return self.n <= self._other(o)
    def __gt__(self, o):
        return self.n > self._other(o)
    def __ge__(self, o):
        return self.n >= self._other(o)
    __hash__ = object.__hash__

a, b = V(1), V(2)
pa, pb = weakref.proxy(a), weakref.proxy(b)
print("pa == pb:", pa == pb)
print("pa == a:", pa == a)
print("a == pa:", a == pa)
print("pa != pb:", pa != pb)
print("pa < pb:", pa < pb)
print("pa <= pb:", pa <= pb)
print("pa > pb:", pa > pb)
print("pa >= pb:", pa >= pb)
print("pa < 5:", pa < 5)
print("5 > pa:", 5 > pa)
print("sorted:", [x.n for x in sorted([pb, pa])])
print("pa is a:", pa is a)

# proxies to builtin subclasses compare like their referents
class L(list):
    pass
l1, l2 = L([1, 2]), L([1, 3])
p1, p2 = weakref.proxy(l1), weakref.proxy(l2)
print("lists:", p1 == [1, 2], p1 < p2, [1, 2] == p1, p1 != l2)

# unsupported ordering
class Plain:
    pass
x = Plain()
px = weakref.proxy(x)
try:
    px < px
except TypeError as e:
    print("TypeError:", e)
print("plain px == px:", px == px)
print("plain px == x:", px == x)
print("plain px != x:", px != x)

# len, iter and next through proxies; next on a non-iterator referent is a TypeError
import weakref

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        print("  Seq.__iter__ called")
        return iter(self.items)

s = Seq([3, 1, 2])
p = weakref.proxy(s)
print("len:", len(p))
print("list:", list(p))
print("sorted:", sorted(p))
print("for loop:", [x * 10 for x in p])
print("unpack:", *p)
it = iter(p)
print("iter type:", type(it).__name__)

class Counter:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i

c = Counter(3)
pc = weakref.proxy(c)
print("next:", next(pc), next(pc))
print("iter(pc) is c:", iter(pc) is c)
print("rest:", list(pc))
try:
    next(pc)
except StopIteration:
    print("StopIteration")
print("next with default:", next(pc, "done"))

plain = Seq([])
pp = weakref.proxy(plain)
try:
    next(pp)
except TypeError as e:
    print("TypeError:", e)

class Nothing:
    pass
n = Nothing()
pn = weakref.proxy(n)
for label, fn in [("len", lambda: len(pn)), ("iter", lambda: iter(pn)),
                  ("next", lambda: next(pn)), ("list", lambda: list(pn))]:
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)

class L(list):
    pass
lst = L("abc")
pl = weakref.proxy(lst)
print("list proxy len:", len(pl), "reversed:", list(reversed(pl)))
try:
    next(pl)
except TypeError as e:
    print("TypeError:", e)

def gen():
    yield "g1"
    yield "g2"
g = gen()
pgen = weakref.proxy(g)
print("generator proxy next:", next(pgen), next(pgen), next(pgen, "end"))

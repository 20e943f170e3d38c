# Proxies to iterators and iterables: iter() returns the referent's iterator, next() on non-iterators, for loops, StopIteration
import weakref
class Counter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
c = Counter()
p = weakref.proxy(c)
it = iter(p)
print(it is c, it is p, type(it).__name__)
print(next(p), list(p))
class NotIter:
    pass
class IterOnly:
    def __iter__(self): return iter([1, 2])
for obj in (NotIter(), IterOnly()):
    q = weakref.proxy(obj)
    for label, f in (("iter", lambda: iter(q)), ("next", lambda: next(q)), ("list", lambda: list(q))):
        try:
            r = f()
            print(type(obj).__name__, label, "->", r if isinstance(r, list) else type(r).__name__)
        except TypeError as e:
            print(type(obj).__name__, label, "TypeError:", e)
def gen():
    yield "a"
    yield "b"
g = gen()
pg = weakref.proxy(g)
print(next(pg), [x for x in pg], next(pg, "done"))
c2 = Counter()
p2 = weakref.proxy(c2)
total = 0
for v in p2:
    total += v
print(total)

# A weak reference to a generator names it, and the weak containers' iterators carry the
# names of the generator functions CPython runs.
import weakref


def g():
    yield 1


x = g()
y = (i for i in range(3))
print(repr(weakref.ref(x)).split(" at ")[-1].split(" ", 1)[1])
print(repr(weakref.ref(y)).split(" at ")[-1].split(" ", 1)[1])
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
for it in (wv.keys(), wv.values(), wv.items(), wv.itervaluerefs(), iter(wv), wk.keys(), wk.items(), iter(ws)):
    print(it.__name__, it.__qualname__, type(it).__name__)

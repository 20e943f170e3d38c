# WeakKeyDictionary keyed by bound methods (temporaries: gone at once), functions and classes
import weakref

class Thing:
    def method(self):
        return "method"

t = Thing()
d = weakref.WeakKeyDictionary()
d[t.method] = "bound"
print("bound method key:", len(d))
m = t.method
d[m] = "held"
print("held bound method:", len(d), d[m], t.method in d)
del m
print("after del m:", len(d))

def func():
    pass
d[func] = "function"
d[Thing] = "class"
lam = lambda: 0
d[lam] = "lambda"
print("function, class, lambda:", len(d), sorted(d.values()))
del func
print("after del func:", sorted(d.values()))
lam = None
print("after dropping the lambda:", sorted(d.values()))
d[len] = "builtin"
print("builtin function key:", d[len], len(d))
s = frozenset([1])
d[s] = "frozenset"
print("frozenset key:", d[frozenset([1])], len(d))
del s
print("after del frozenset:", sorted(d.values()))

# Proxies are never hashable, whatever the referent
import weakref

class Hashable:
    def __hash__(self):
        return 5

def f():
    pass

h = Hashable()
for label, obj in [("hashable instance", h), ("function", f), ("class", Hashable),
                   ("frozenset", frozenset([1]))]:
    p = weakref.proxy(obj)
    try:
        hash(p)
        print(label, "hashed")
    except TypeError as e:
        print(label, "TypeError:", e)

p = weakref.proxy(h)
try:
    {p: 1}
except TypeError as e:
    print("dict key TypeError:", e)
try:
    {p}
except TypeError as e:
    print("set member TypeError:", e)
print("__hash__ attribute forwarded:", p.__hash__())
print("type(p).__hash__ is None:", type(p).__hash__ is None)
del h
try:
    hash(p)
except TypeError as e:
    print("dead proxy hash TypeError:", e)
except ReferenceError as e:
    print("dead proxy hash ReferenceError:", e)

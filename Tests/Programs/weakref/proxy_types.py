# proxy() returns ProxyType or CallableProxyType depending on callable(obj) at creation
import weakref

class Plain:
    pass

class Callable:
    def __call__(self, *args):
        return ("called", args)

def func(x):
    return x * 2

for label, obj in [("plain instance", Plain()), ("callable instance", Callable()),
                   ("function", func), ("class", Plain), ("builtin", len),
                   ("set", {1}), ("frozenset", frozenset([1]))]:
    p = weakref.proxy(obj)
    print(label, "->", type(p).__name__,
          "callable(p):", callable(p),
          "isinstance ProxyTypes:", isinstance(p, weakref.ProxyTypes),
          "is ProxyType:", type(p) is weakref.ProxyType,
          "is CallableProxyType:", type(p) is weakref.CallableProxyType)

# the decision is made at creation time
class Later:
    pass
obj = Later()
p1 = weakref.proxy(obj)
Later.__call__ = lambda self: "now callable"
print("callable(obj) now:", callable(obj))
print("existing proxy type:", type(p1).__name__, "callable(p1):", callable(p1))
p2 = weakref.proxy(obj)
print("new proxy same object:", p2 is p1)
p3 = weakref.proxy(obj, lambda w: None)
print("new proxy with callback type:", type(p3).__name__)
print("calling p3:", p3())
try:
    print("calling p1:", p1())
except TypeError as e:
    print("calling p1 TypeError:", e)

# the canonical proxy is per object, regardless of type
c = Callable()
pc = weakref.proxy(c)
print("pc is proxy(c):", pc is weakref.proxy(c))
print("count:", weakref.getweakrefcount(c))

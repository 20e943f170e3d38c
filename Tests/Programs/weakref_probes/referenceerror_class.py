# ReferenceError: builtin, hierarchy, raised by dead proxies, catchable as Exception, args and str
import weakref
print(ReferenceError.__mro__[1].__name__, issubclass(ReferenceError, Exception), hasattr(weakref, "ReferenceError"))
class O:
    def meth(self): return 1
o = O()
p = weakref.proxy(o)
m = p.meth
del o
print("bound method obtained before death still works:", m())
try:
    p.meth
except Exception as e:
    print(type(e).__name__, e.args, repr(e))
try:
    raise ReferenceError("custom")
except ReferenceError as e:
    print("caught", e)
class MyRef(ReferenceError):
    pass
try:
    raise MyRef("sub")
except ReferenceError as e:
    print(type(e).__name__, e)
def use(px):
    return px.attr
o2 = O()
p2 = weakref.proxy(o2)
del o2
use(p2)

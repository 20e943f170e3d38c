# ReferenceError is a builtin exception (the weakref module does not export it in 3.11)
import weakref

print("builtin:", ReferenceError.__name__, ReferenceError.__module__)
print("bases:", ReferenceError.__bases__)
print("weakref has ReferenceError:", hasattr(weakref, "ReferenceError"))
print("issubclass Exception:", issubclass(ReferenceError, Exception))

class C:
    pass
o = C()
p = weakref.proxy(o)
del o
try:
    p.anything
except Exception as e:
    print("caught as Exception:", type(e).__name__, e.args)
try:
    p.anything
except ReferenceError as e:
    print("str:", str(e))
    print("repr:", repr(e))

# raising it by hand
try:
    raise ReferenceError("custom message")
except ReferenceError as e:
    print("custom:", e)

# subclassing it
class MyRefError(ReferenceError):
    pass
try:
    raise MyRefError("sub")
except ReferenceError as e:
    print("subclass caught:", type(e).__name__, e)

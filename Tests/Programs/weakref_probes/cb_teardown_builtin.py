# A module-level object with a builtin callback (no cycle through globals): called at exit in CPython
import weakref
class A: pass
b = A()
r2 = weakref.ref(b, len)
w = weakref.WeakValueDictionary(x=b)
print("end", len(w))

# A raising callback: "Exception ignored in" report on stderr, program continues
import weakref
class A: pass
def cb(w):
    print("cb called; w() is", w())
    raise KeyError("boom")
a = A()
r = weakref.ref(a, cb)
del a
print("after del")
def cb2(w):
    1/0
b = A()
p = weakref.proxy(b, cb2)
del b
print("after proxy death")

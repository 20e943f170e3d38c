# KeyboardInterrupt / GeneratorExit raised by a callback are still only reported, not propagated
import weakref
class A: pass
def cb1(w):
    raise KeyboardInterrupt("ki")
def cb2(w):
    raise GeneratorExit()
a = A(); r = weakref.ref(a, cb1)
del a
print("after ki")
b = A(); r2 = weakref.ref(b, cb2)
del b
print("after genexit")

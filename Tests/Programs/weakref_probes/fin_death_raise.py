# A finalizer raising when the object dies (not at exit): reported on stderr as "Exception ignored in"
import weakref
class O: pass
def bad(x):
    raise RuntimeError("bad finalizer %s" % x)
o = O()
f = weakref.finalize(o, bad, 1)
del o
print("after death, alive:", f.alive)
o2 = O()
f2 = weakref.finalize(o2, bad, 2)
try:
    f2()
except RuntimeError as e:
    print("explicit call propagates:", e)
print(f2.alive)

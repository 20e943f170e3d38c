# gc.collect() inside __del__ or a weakref callback during a collection returns 0
import gc, weakref

class C:
    def __del__(self):
        print("inner collect:", gc.collect())

c = C(); c.me = c
r = weakref.ref(c)
d = C(); d.me = d
holder = weakref.ref(d, lambda w: print("callback collect:", gc.collect()))
del c, d
gc.collect()
print("done")

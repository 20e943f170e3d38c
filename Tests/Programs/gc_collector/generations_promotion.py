# gc.collect(0) reclaims young garbage; objects that survived a collection are promoted and only
# a collection of their (older) generation reclaims them
import gc, weakref

class Obj:
    pass

def cycle():
    o = Obj(); o.me = o
    return o

gc.collect()
a = cycle(); wa = weakref.ref(a)
del a
gc.collect(0)
print("young garbage, collect(0):", wa() is None)

b = cycle(); wb = weakref.ref(b)
gc.collect(0)          # b survives and moves to generation 1
del b
gc.collect(0)
print("gen1 garbage after collect(0):", wb() is not None)
gc.collect(1)
print("gen1 garbage after collect(1):", wb() is None)

c = cycle(); wc = weakref.ref(c)
gc.collect(1)          # c survives and moves to generation 2
del c
gc.collect(0); gc.collect(1)
print("gen2 garbage after collect(0) and collect(1):", wc() is not None)
gc.collect(2)
print("gen2 garbage after collect(2):", wc() is None)

# gc.collect() with no argument is a full collection
d = cycle(); wd = weakref.ref(d)
gc.collect(1)
del d
gc.collect()
print("full collection:", wd() is None)

# a young cycle referenced from an old object is not garbage
old = Obj()
gc.collect()
old.young = cycle()
wy = weakref.ref(old.young)
gc.collect(0)
print("young cycle held by old object survives:", wy() is not None)
del old
gc.collect()
print("gone with its holder:", wy() is None)

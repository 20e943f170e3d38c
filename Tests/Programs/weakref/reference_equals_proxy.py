# A proxy is a weak reference too: comparing a ref with a proxy compares their referents while
# both live; gc.get_referents of a reference lists only its callback.
import gc
import weakref


class A:
    pass


a = A()
b = A()
r = weakref.ref(a)
p = weakref.proxy(a)
print(r == p, r != p, r == weakref.proxy(b), r != weakref.proxy(b))
print(gc.get_referents(weakref.ref(a)))


def cb(ref):
    pass


print(gc.get_referents(weakref.ref(a, cb)) == [cb])
print(len(gc.get_referents(weakref.proxy(a))))

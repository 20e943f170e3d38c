# weakref docs, "Weak Reference Objects": calling a ref gives the referent while it lives and None after;
# test liveness with the result of one call, not with a separate check.
import weakref


class Object:
    def do_something_useful(self):
        print("Doing something useful.")


o = Object()
r = weakref.ref(o)
o2 = r()
print("o is o2:", o is o2)
del o, o2
print(r())


def frobnicate(r):
    # r is a weak reference object
    o = r()
    if o is None:
        # referent has been garbage collected
        print("Object has been deallocated; can't frobnicate.")
    else:
        print("Object is still live!")
        o.do_something_useful()


live = Object()
frobnicate(weakref.ref(live))
frobnicate(r)

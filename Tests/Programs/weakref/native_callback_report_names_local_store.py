# A callback that is not a Python function fails when its referent dies; the report's
# traceback names the statement that dropped the last reference, also a store to a local.
import weakref


class O:
    pass


def f():
    a = O()
    r = weakref.ref(a, 42)
    print("before")
    a = None
    print("after")
    for x in [O(), O()]:
        r = weakref.ref(x, 7)
    print("loop done")
    x = 0


f()
b = O()
r2 = weakref.ref(b, 42)
b = None
print("end")

# weakref docs, "Finalizer Objects": calling a finalizer directly (at most once), detach(), peek(),
# and a finalizer left alive that runs when the program exits.
import weakref


class Object:
    pass


def callback(x, y, z):
    print("CALLBACK")
    return x + y + z


obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
assert f.alive
assert f() == 6
assert not f.alive
print("f() again:", f())  # callback not called because finalizer dead
del obj  # callback not called because finalizer dead
print("obj deleted, nothing printed")

obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
peeked = f.peek()
print("peek:", type(peeked[0]).__name__, peeked[1].__name__, peeked[2], peeked[3], "alive:", f.alive)
detached = f.detach()
print("detach:", type(detached[0]).__name__, detached[1].__name__, detached[2], detached[3])
newobj, func, args, kwargs = detached
assert not f.alive
assert newobj is obj
assert func(*args, **kwargs) == 6
print("detach() again:", f.detach(), "peek():", f.peek())
del newobj, detached, peeked

obj = Object()
weakref.finalize(obj, print, "obj dead or exiting")
print("leaving the program with obj alive:")

# A weakref.finalize subclass that overrides __call__ is called through it, both when the
# object dies and at exit.
import weakref


class Logged(weakref.finalize):
    def __call__(self, _=None):
        print("Logged.__call__", "alive" if self.alive else "dead")
        return super().__call__()


class A:
    pass


a = A()
f = Logged(a, print, "callback ran")
del a
print("alive after death:", f.alive)
b = A()
g = Logged(b, print, "at exit")
print(g(), "direct call done")
h = Logged(A, print, "exit hook")
print("end of program")

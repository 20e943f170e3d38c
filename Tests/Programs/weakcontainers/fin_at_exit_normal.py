# At normal exit, live finalizers with atexit set run newest first; atexit=False ones never run
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def report(tag):
    print("finalizer", tag)
    return tag

a, b, c = Obj("a"), Obj("b"), Obj("c")
weakref.finalize(a, report, "a-1")
weakref.finalize(b, report, "b-1")
weakref.finalize(a, report, "a-2")
quiet = weakref.finalize(c, report, "c (atexit False)")
quiet.atexit = False
weakref.finalize(c, report, "c-1")
called = weakref.finalize(b, report, "b-2 (already called)")
called()
detached = weakref.finalize(b, report, "b-3 (detached)")
detached.detach()
reenabled = weakref.finalize(a, report, "a-3 (atexit off then on)")
reenabled.atexit = False
reenabled.atexit = True
t = Obj("t")
weakref.finalize(t, report, "t (died before exit)")
del t
print("main code finished")

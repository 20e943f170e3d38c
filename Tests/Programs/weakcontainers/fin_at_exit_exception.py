# An uncaught exception: traceback on stderr, status 1, then the at-exit finalizers run (the raising frame's locals included)
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

def report(tag):
    print("finalizer", tag)

keep = Obj("global")
weakref.finalize(keep, report, "global")

def fail():
    local = Obj("local")
    weakref.finalize(local, report, "local (kept alive by the traceback)")
    print("raising")
    raise LookupError("not handled")

fail()

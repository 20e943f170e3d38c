# Once the exit hook has run, no finalize func runs: neither for objects dying in teardown with atexit=False,
# nor for finalizers created by __del__ during teardown
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

class Creator:
    def __del__(self):
        print("Creator.__del__ registers a finalizer")
        f = weakref.finalize(target, print, "never: created during teardown")
        print("  alive:", f.alive)

def report(tag):
    print("finalizer", tag)

quiet = Res("quiet")
f = weakref.finalize(quiet, report, "never: atexit=False")
f.atexit = False
loud = Res("loud")
weakref.finalize(loud, report, "runs at exit")
creator = Creator()
target = Res("target")
print("main code finished")

# At exit, a finalizer created by another finalizer's func also runs; one created with atexit=False does not
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

def report(tag):
    print("finalizer", tag)

def spawner(tag):
    print("finalizer", tag, "creating two more")
    weakref.finalize(later, report, "created at exit")
    f = weakref.finalize(later, report, "created at exit with atexit=False")
    f.atexit = False

def chain(n):
    print("chain", n)
    if n < 3:
        weakref.finalize(later, chain, n + 1)

first = Obj("first")
later = Obj("later")
weakref.finalize(first, report, "oldest")
weakref.finalize(first, spawner, "spawner")
weakref.finalize(first, chain, 1)
print("main code finished")

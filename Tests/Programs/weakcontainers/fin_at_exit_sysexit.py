# sys.exit(n): live finalizers still run at exit, newest first; frames unwound by SystemExit free their locals first
import sys
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

def report(tag):
    print("finalizer", tag)

keep = Obj("global")
weakref.finalize(keep, report, "global-1")
weakref.finalize(keep, report, "global-2")

def work():
    local = Obj("local")
    weakref.finalize(local, report, "local (dies when the frame is unwound)")
    print("calling sys.exit(4)")
    sys.exit(4)

try:
    work()
finally:
    print("finally block runs before the exit")
print("never printed")

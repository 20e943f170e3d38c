# Exit phases in order: finally blocks, unwound locals, live finalizers (newest first), pending cyclic garbage,
# then globals in the module teardown
import sys, weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def report(tag):
    print("finalizer", tag)

glob = Res("global")
weakref.finalize(glob, report, "on global")
junk = Res("pending garbage")
junk.me = junk
del junk

def run():
    local = Res("local")
    weakref.finalize(local, report, "on local (fires when the frame dies)")
    try:
        sys.exit(2)
    finally:
        print("finally")

run()

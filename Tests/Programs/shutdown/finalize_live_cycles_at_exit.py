# At exit the finalize hook runs live finalizers newest first, before any __del__ of the teardown;
# objects in cycles kept by globals are included
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def report(tag):
    print("finalizer", tag)

a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
weakref.finalize(a, report, "a (in a live cycle)")
weakref.finalize(b, report, "b (in a live cycle)")
solo = Node("solo")
weakref.finalize(solo, report, "solo")
weakref.finalize(a, report, "a again")
print("main code finished")

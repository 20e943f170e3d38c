# At exit, globals in cycles with the module die in a collection: weakrefs that are
# themselves garbage never call back, finalizers run in allocation order
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def cb(w):
    print("callback (never)")

first = C("first")
second = C("second")
refs = [weakref.ref(first, cb), weakref.ref(second, cb)]
cyc = C("cycle"); cyc.me = cyc
third = C("third")
print("end of program")

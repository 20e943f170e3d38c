# New cyclic garbage made by a finalizer during a collection is not part of that collection; the next one gets it
import gc, weakref

log = []
class Child:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append("child " + self.name)

class Parent:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        global made
        log.append("parent " + self.name)
        made = weakref.ref(Child("from " + self.name))

made = None
p = Parent("p")
del p
gc.collect()
print("first collection:", log, "child alive:", made() is not None)
gc.collect()
print("second collection:", log, "child alive:", made() is not None)
log.clear()

# a finalizer that makes an object with a finalizer and a new cycle holding a fresh Parent
class Spawner:
    count = 0
    def __del__(self):
        Spawner.count += 1
        log.append("spawner %d" % Spawner.count)
        if Spawner.count < 3:
            s = Spawner()
            s.me = s
s = Spawner(); s.me = s
del s
for i in range(4):
    gc.collect()
    print("after collection", i, log)

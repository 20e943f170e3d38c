# Finalizers may mutate other objects of the same garbage (delete attributes, empty or grow lists) or rescue a
# container from it; the collector copes and whatever was rescued is intact
import gc, weakref

log = []
class Breaker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        other = getattr(self, "other", None)
        if other is None:
            log.append("my link was already removed")
        else:
            del other.other
            log.append("removed the other's link")
        self.bag.clear()
        self.bag.append("added in __del__")

a = Breaker("a"); b = Breaker("b")
bag = [a, b]
a.other = b; b.other = a
a.bag = b.bag = bag
bag.append(bag)
wa, wb = weakref.ref(a), weakref.ref(b)
del a, b, bag
gc.collect()
print(sorted(log))
print("freed:", wa() is None, wb() is None)

# rescuing a list that belongs to the garbage keeps everything it holds
rescued = []
class Rescuer:
    def __del__(self):
        rescued.append(self.box)
class Item:
    def __init__(self, n):
        self.n = n
r = Rescuer()
r.box = [Item(1), Item(2), r]
r.me = r
del r
gc.collect()
box = rescued[0]
print("rescued box:", [x.n for x in box[:2]], type(box[2]).__name__, box[2].box is box)
rescued.clear()
del box
gc.collect()
print("end")

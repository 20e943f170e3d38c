# gc.freeze() parks every tracked object (garbage included) where no collection looks; gc.unfreeze() brings them back
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)

gc.collect()
n = Node("frozen garbage")
w = weakref.ref(n)
del n
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
gc.collect()
print("survives collection while frozen:", w() is not None)
m = Node("young garbage")
del m
print("new garbage is collected:")
gc.collect()
gc.unfreeze()
print("unfrozen:", gc.get_freeze_count())
gc.collect()
print("collected after unfreeze:", w() is None)

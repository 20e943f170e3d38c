# A finalizer running inside a collection may allocate a lot (no nested collection starts); everything it made
# is collected later and every finalizer runs exactly once
import gc

count = {"made": 0, "finalized": 0}
class Small:
    def __init__(self):
        count["made"] += 1
        self.me = self
        self.data = [1, 2, 3]
    def __del__(self):
        count["finalized"] += 1

class Heavy:
    def __del__(self):
        for i in range(5_000):
            Small()
        print("Heavy.__del__ made", count["made"], "objects")

h = Heavy(); h.me = h
del h
gc.collect()
gc.collect()
print("made:", count["made"], "finalized:", count["finalized"])

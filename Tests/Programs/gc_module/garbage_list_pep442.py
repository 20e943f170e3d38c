# Without DEBUG_SAVEALL, cycles with __del__ are freed (PEP 442) and gc.garbage stays empty; it is one plain list
import gc

log = []
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

g = gc.garbage
print(type(g).__name__, g is gc.garbage, g)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
gc.collect()
print("finalized:", sorted(log), "garbage:", gc.garbage)

gc.garbage.append("user item")
gc.collect()
print("collector leaves user items alone:", gc.garbage)
gc.garbage.clear()
print("cleared:", gc.garbage, gc.garbage is g)

# gc.collect() frees reference cycles; __del__ of cyclic garbage runs exactly once
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("before collect")
found = gc.collect()
print("found something:", found >= 2)
print("again:", gc.collect())

# a self-referencing list, a dict cycle, an instance dict cycle
l = []; l.append(l); del l
d = {}; d["me"] = d; del d
print("plain containers:", gc.collect() >= 2)

# a big ring is collected without deep native recursion
class Link:
    pass
first = Link(); cur = first
for i in range(200_000):
    nxt = Link(); cur.next = nxt; cur = nxt
cur.next = first
del first, cur, nxt
print("ring:", gc.collect() >= 200_000)

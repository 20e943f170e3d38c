# During a collection every finalizer runs before anything is cleared, so each __del__ sees its neighbours intact
import gc

seen = []
class Node:
    def __init__(self, name):
        self.name = name
        self.items = [name, name.upper()]
        self.table = {"name": name}
    def __del__(self):
        other = self.other
        seen.append((self.name, other.name, other.items, other.table, other.other is self))

a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
gc.collect()
for entry in sorted(seen):
    print(entry)
seen.clear()

# a longer chain: each finalizer walks the whole ring
class Walker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        names = [self.name]
        cur = self.next
        while cur is not self:
            names.append(cur.name)
            cur = cur.next
        seen.append(names)

ws = [Walker("w%d" % i) for i in range(4)]
for i in range(4):
    ws[i].next = ws[(i + 1) % 4]
del ws
gc.collect()
for names in sorted(seen):
    print(names)
seen.clear()

# containers inside the garbage are still full while finalizers run
class Owner:
    def __del__(self):
        seen.append((len(self.box), self.box[0] is self, sorted(self.map)))
o = Owner()
o.box = [o, 1, 2]
o.map = {"x": o, "y": [o]}
del o
gc.collect()
print(seen)

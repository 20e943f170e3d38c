# With gc disabled no cyclic garbage is reclaimed automatically, however much is made; an explicit collect gets it all
import gc

class Node:
    live = 0
    def __init__(self):
        Node.live += 1
        self.me = self
        self.box = [self]
    def __del__(self):
        Node.live -= 1

gc.collect()
gc.disable()
for i in range(20_000):
    Node()
print("all garbage kept while disabled:", Node.live == 20_000)
gc.collect()
print("after explicit collect:", Node.live, "enabled:", gc.isenabled())
for i in range(5_000):
    Node()
print("disabled again keeps:", Node.live == 5_000)
gc.enable()
for i in range(20_000):
    Node()
print("enabled: bounded", Node.live < 15_000)
gc.collect()
print("final:", Node.live)

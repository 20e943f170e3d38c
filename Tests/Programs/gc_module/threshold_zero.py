# set_threshold(0) turns automatic collection off although gc stays enabled; restoring the threshold turns it back on
import gc

class Node:
    live = 0
    def __init__(self):
        Node.live += 1
        self.me = self
    def __del__(self):
        Node.live -= 1

orig = gc.get_threshold()
gc.collect()
gc.set_threshold(0)
print("threshold:", gc.get_threshold()[0], "enabled:", gc.isenabled())
for i in range(20_000):
    Node()
print("nothing collected automatically:", Node.live == 20_000)
gc.set_threshold(*orig)
for i in range(20_000):
    Node()
print("automatic collection resumed:", Node.live < 30_000)
gc.collect()
print("final:", Node.live)

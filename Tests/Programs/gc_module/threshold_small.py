# A tiny threshold makes automatic collections frequent: cyclic garbage never piles up
import gc

class Node:
    live = 0
    peak = 0
    def __init__(self):
        Node.live += 1
        Node.peak = max(Node.peak, Node.live)
        self.me = self
    def __del__(self):
        Node.live -= 1

orig = gc.get_threshold()
gc.collect()
gc.set_threshold(10)
for i in range(5_000):
    Node()
print("peak stays small:", Node.peak < 500)
gc.set_threshold(*orig)
gc.collect()
print("final:", Node.live)

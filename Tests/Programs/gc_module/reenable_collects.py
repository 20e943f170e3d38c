# Garbage piled up while gc was disabled is reclaimed automatically soon after gc.enable()
import gc

class Node:
    live = 0
    def __init__(self):
        Node.live += 1
        self.me = self
    def __del__(self):
        Node.live -= 1

gc.collect()
gc.disable()
for i in range(3_000):
    Node()
print("piled up:", Node.live)
gc.enable()
keep = []
for i in range(3_000):
    keep.append([i])
print("reclaimed by automatic collection:", Node.live < 3_000)
gc.collect()
print("final:", Node.live)

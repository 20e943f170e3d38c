# Cyclic garbage made in a loop is collected without calling gc.collect()
import gc, weakref

class Node:
    count = 0
    def __init__(self):
        self.peer = self
        Node.count += 1
    def __del__(self):
        Node.count -= 1

for i in range(50_000):
    Node()
print("live nodes bounded:", Node.count < 5_000)
gc.disable()
for i in range(5_000):
    Node()
print("disabled: all kept", Node.count >= 5_000)
gc.enable()
gc.collect()
print("after collect:", Node.count)

# PEP 442: every finalizer in a cyclic ring runs exactly once, however many collections follow
import gc

calls = {}
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        calls[self.name] = calls.get(self.name, 0) + 1

def ring(prefix, n):
    nodes = [Node(prefix + str(i)) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    return nodes[0]

head = ring("r", 5)
del head
print("before collect:", calls)
gc.collect()
print("after one collect:", sorted(calls.items()))
for i in range(3):
    gc.collect()
print("after more collects:", sorted(calls.items()))

# two rings created at different times, collected separately
calls.clear()
keep = ring("a", 3)
tmp = ring("b", 4)
del tmp
gc.collect()
print("only b:", sorted(calls.items()))
del keep
gc.collect()
print("then a:", sorted(calls.items()))

# a finalizer that raises nothing but reads its neighbour's counter
calls.clear()
class Counting(Node):
    def __del__(self):
        calls[self.name] = calls.get(self.name, 0) + 1
        calls[self.name + " saw next"] = self.next.name
c1 = Counting("c1"); c2 = Counting("c2")
c1.next = c2; c2.next = c1
del c1, c2
gc.collect(); gc.collect()
print(sorted(calls.items()))

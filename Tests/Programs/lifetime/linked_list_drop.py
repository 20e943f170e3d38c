# Dropping a 100000-node singly linked list frees every node (no recursion limit issues)
import sys

freed = 0
first_freed = []

class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
    def __del__(self):
        global freed
        freed += 1
        if len(first_freed) < 3:
            first_freed.append(self.value)

N = 100000
head = None
for i in range(N):
    head = Node(i, head)

print("head value", head.value, "next", head.next.value)
print("freed before drop:", freed)
head = None
print("freed after drop:", freed)
print("first freed:", first_freed)

# Again, dropping the list through a container
freed = 0
del first_freed[:]
head = None
for i in range(N):
    head = Node(i, head)
box = [head]
head = None
print("still alive in box:", freed)
box.clear()
print("freed after box.clear():", freed)
print("first freed:", first_freed)

# Partial drop: cut the list in the middle
freed = 0
head = None
for i in range(10):
    head = Node(i, head)
node = head
for _ in range(4):
    node = node.next
print("cutting after node", node.value)
tail = node.next
node.next = None
del node
tail = None
print("freed after cut:", freed)
head = None
print("freed after dropping head:", freed)
print(sys.getrecursionlimit())

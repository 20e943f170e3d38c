# Deep structures held by globals at exit (a 100000-node ring, deeply nested lists) are torn down without crashing
class Node:
    __slots__ = ("next", "__weakref__")

class Head:
    def __del__(self):
        print("head finalized, ring still intact:", ring_length(self) == 100_001)

def ring_length(head):
    n = 1
    cur = head.next
    while cur is not head:
        n += 1
        cur = cur.next
    return n

head = Head()
cur = head
for i in range(100_000):
    nxt = Node()
    cur.next = nxt
    cur = nxt
cur.next = head
del cur, nxt

nested = []
for i in range(100_000):
    nested = [nested]
nested_dict = {}
for i in range(100_000):
    nested_dict = {"d": nested_dict}
print("main code finished")

# A long chain where each weakref callback drops the next object: nested deaths many levels deep
import weakref
class Node:
    pass
N = 400
holder = [Node() for _ in range(N)]
fired = []
def make_cb(i):
    def cb(w):
        fired.append(i)
        if i + 1 < N:
            holder[i + 1] = None
    return cb
refs = [weakref.ref(holder[i], make_cb(i)) for i in range(N)]
holder[0] = None
print(len(fired), fired[:3], fired[-1])
class Linked:
    def __init__(self, nxt): self.nxt = nxt
head = None
for i in range(20000):
    head = Linked(head)
tail_ref = weakref.ref(head)
count = [0]
s = weakref.WeakSet()
node = head
while node is not None:
    s.add(node)
    node = node.nxt
print(len(s))
del node
head = None
print(tail_ref(), len(s))

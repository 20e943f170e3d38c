# Cyclic garbage churn: many small cycles (a pair of instances, a self-referencing list)
# created and dropped; only the automatic collector frees them.
class Node:
    __slots__ = ("peer", "payload")

    def __init__(self, payload):
        self.payload = payload
        self.peer = None


def churn(n):
    total = 0
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.peer = b
        b.peer = a
        box = [a, b]
        box.append(box)
        total += a.payload + b.peer.payload
    return total


print(churn(300_000))

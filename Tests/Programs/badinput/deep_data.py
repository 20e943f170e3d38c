# Deeply nested data: repr and == hit the recursion limit, hashing and dropping do not.
def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x
a = nest(100000)
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)
b = nest(100000)
try:
    print(a == b)
except RecursionError as e:
    print("eq:", e)
del a, b
print(nest(500) == nest(500), len(repr(nest(500))))
d = {}
for i in range(100000):
    d = {1: d}
try:
    str(d)
except RecursionError as e:
    print("dict:", e)
del d
t = ()
for i in range(100000):
    t = (t,)
print(hash(t) == hash(t))
del t
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
for i in range(1000000):
    head = Node(head)
del head
print("dropped a million nodes")

# Very deep structures hanging off a small cycle are collected without native recursion problems
import gc, weakref

class Tail:
    pass

def check(label, build):
    tail = Tail()
    w = weakref.ref(tail)
    build(tail)
    del tail
    alive = w() is not None
    gc.collect()
    print(label, "kept by the cycle:", alive, "collected:", w() is None)

N = 100_000

def nested_lists(tail):
    x = [tail]
    for i in range(N):
        x = [x]
    a = [x]; b = [a]; a.append(b)

def nested_tuples(tail):
    x = (tail,)
    for i in range(N):
        x = (x, i)
    holder = [x]
    holder.append(holder)

def nested_dicts(tail):
    x = {"tail": tail}
    for i in range(N):
        x = {"next": x}
    x["loop"] = x

class Node:
    __slots__ = ("next",)
def linked_instances(tail):
    head = Node(); head.next = tail
    for i in range(N):
        n = Node(); n.next = head; head = n
    tail.back = head

def instance_ring(tail):
    # a ring of N instances where the tail is one of its members
    first = Tail(); cur = first
    for i in range(N):
        nxt = Tail(); cur.next = nxt; cur = nxt
    cur.next = tail
    tail.next = first

check("lists", nested_lists)
check("tuples", nested_tuples)
check("dicts", nested_dicts)
check("slotted instances", linked_instances)
check("instance ring", instance_ring)

# a long ring whose members all have finalizers
count = 0
class Counted:
    def __del__(self):
        global count
        count += 1
first = Counted(); cur = first
for i in range(20_000 - 1):
    nxt = Counted(); cur.next = nxt; cur = nxt
cur.next = first
del first, cur, nxt
gc.collect()
print("finalizers run:", count)

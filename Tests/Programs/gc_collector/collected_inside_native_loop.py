# Cyclic garbage made only by calls from a native loop (map, sorted's key) is collected
# automatically, without a Python loop's back edge or an explicit gc.collect()
import gc, weakref

class Node:
    pass

first = []
def make(i):
    n = Node()
    n.me = n
    if i == 0:
        first.append(weakref.ref(n))
    return i

gc.collect()
total = sum(map(make, range(5000)))
print("map:", total, "first cycle collected:", first[0]() is None)

first.clear()
ordered = sorted(range(5000), key=make)
print("sorted:", ordered[:3], "first cycle collected:", first[0]() is None)

# Objects reached only through the most recently tracked live object survive a collection
# intact (the collector must scan what it rescues behind the end of its list)
import gc

def chain():
    c = [1]
    a = [c]
    b = [a]
    del a, c
    gc.collect(0)
    return b

def instances():
    class Leaf:
        pass
    class Holder:
        def __init__(self, item):
            self.item = item
    leaf = Leaf()
    leaf.value = 42
    middle = Holder(leaf)
    top = Holder(middle)
    del leaf, middle
    gc.collect(0)
    gc.collect()
    return top.item.item.value

print(chain())
print(instances())
for i in range(3):
    nodes = None
    for j in range(2000):
        nodes = [j, nodes]
    gc.collect(i)
    length = 0
    while nodes is not None:
        length += 1
        nodes = nodes[1]
    print(i, length)

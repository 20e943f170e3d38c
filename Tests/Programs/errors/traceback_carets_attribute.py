# Attribute errors on a chain, an assert's test and a method call
class Node:
    def __init__(self, child=None):
        self.child = child

def depth(node):
    assert node.child is not None or node is root, "leaf reached"
    return 1 + depth(node.child)

root = Node(Node(Node()))
print(root.child.child.child)
count = depth(root)

# A chain: the death of one object drops the last reference to another inside a callback
import weakref
class Node:
    def __init__(self, name): self.name = name
events = []
holder = {}
def cb_a(w):
    events.append("a died; dropping b")
    del holder["b"]
    events.append("after dropping b")
def cb_b(w):
    events.append("b died; dropping c")
    holder.pop("c")
def cb_c(w):
    events.append("c died")
holder["a"] = Node("a"); holder["b"] = Node("b"); holder["c"] = Node("c")
ra = weakref.ref(holder["a"], cb_a)
rb = weakref.ref(holder["b"], cb_b)
rc = weakref.ref(holder["c"], cb_c)
del holder["a"]
for e in events: print(e)
print(ra(), rb(), rc(), holder)

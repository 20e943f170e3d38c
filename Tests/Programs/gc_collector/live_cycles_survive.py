# Cycles still reachable from any root (globals, locals, cells, defaults, class attributes, generator frames,
# the value stack, exceptions) survive gc.collect() completely intact
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.items = [self, {"name": name}]

def check(label, node):
    ok = node.me is node and node.items[0] is node and node.items[1]["name"] == node.name
    print(label, ok)

g = Node("global")
gc.collect()
check("global:", g)

def local_root():
    n = Node("local")
    gc.collect()
    check("local:", n)
local_root()

def make_closure():
    n = Node("cell")
    def get():
        return n
    return get
getter = make_closure()
gc.collect()
check("closure cell:", getter())

def with_default(n=Node("default")):
    return n
gc.collect()
check("default argument:", with_default())

class Registry:
    entry = Node("class attribute")
gc.collect()
check("class attribute:", Registry.entry)

def gen():
    n = Node("generator local")
    yield
    yield n
it = gen()
next(it)
gc.collect()
check("suspended generator:", next(it))

def pair(first, second):
    return first, second
def make():
    return Node("value stack")
first, _ = pair(make(), gc.collect())
check("on the value stack during collect:", first)

err = ValueError(Node("exception arg"))
gc.collect()
check("exception args:", err.args[0])

holder = ([Node("tuple in list")],)
gc.collect()
check("tuple/list:", holder[0][0])

nodes = [Node("loop%d" % i) for i in range(3)]
names = []
for n in nodes:
    del nodes
    gc.collect()
    names.append(n.name)
    break
check("loop iterator keeps list:", n)

# Callbacks that free objects trigger nested deaths and their callbacks
import weakref
import sys

HEX = "0123456789abcdefABCDEF"
def scrub(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i) and i + 2 < len(text) and text[i + 2] in HEX:
            j = i + 2
            while j < len(text) and text[j] in HEX:
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)

class ScrubbedStderr:
    def write(self, text):
        sys.stdout.write(scrub(text).replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = ScrubbedStderr()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

registry = {"a": Node("a"), "b": Node("b"), "c": Node("c")}

def make_cb(name, next_name):
    def cb(w):
        print("callback for", name, "- dropping", next_name)
        if next_name:
            registry.pop(next_name)
        print("callback for", name, "done")
    return cb

refs = [weakref.ref(registry["a"], make_cb("a", "b")),
        weakref.ref(registry["b"], make_cb("b", "c")),
        weakref.ref(registry["c"], make_cb("c", None))]
print("dropping a")
registry.pop("a")
print("registry now:", sorted(registry))

print("a chain of objects each holding the next")
class Link:
    def __init__(self, name, nxt):
        self.name = name
        self.nxt = nxt
chain = None
chain_refs = []
for i in range(4):
    chain = Link("L%d" % i, chain)
    chain_refs.append(weakref.ref(chain, lambda w, i=i: print("  link L%d died" % i)))
print("dropping head")
chain = None
print("all dead:", [r() for r in chain_refs])

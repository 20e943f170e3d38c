# A callback can resurrect other objects through other weakrefs, but not the referent
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
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("__del__", self.name)

rescued = []

def rescue(w):
    kid = child_ref()
    print("callback: child reachable:", kid is not None)
    if kid is not None:
        rescued.append(kid)
    print("callback: parent ref:", w())

parent = Node("parent", Node("child"))
child_ref = weakref.ref(parent.child)
parent_ref = weakref.ref(parent, rescue)
print("deleting parent")
del parent
print("rescued:", [n.name for n in rescued])
print("child_ref alive:", child_ref() is not None)
print("dropping rescued child")
rescued.clear()
print("child_ref:", child_ref())

# a callback can keep the (dead) weakref object itself alive
kept_refs = []
def keep_ref(w):
    kept_refs.append(w)
    print("callback: keeping the dead ref, w() =", w())
x = Node("x")
rx_ = weakref.ref(x, keep_ref)
x = None
del rx_
print("kept ref is dead:", kept_refs[0](), "callback cleared:", kept_refs[0].__callback__)

# the callback's referent cannot come back: a ref made from the old ref's call is None
y = Node("y")
def try_resurrect(w):
    print("callback: w() gives", w(), "- nothing to resurrect")
ry = weakref.ref(y, try_resurrect)
del y
print("end")

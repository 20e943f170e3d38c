# gc.DEBUG_COLLECTABLE reports each unreachable object ("gc: collectable <type address>") on
# sys.stderr; DEBUG_LEAK also keeps them in gc.garbage. Instance attributes need no dict object.
import gc, sys

class Capture:
    def __init__(self):
        self.lines = []
    def write(self, text):
        if " 0x" in text:
            text = text[:text.index(" 0x")] + " ADDR>" + text[text.index(">", text.index(" 0x")) + 1:]
        self.lines.append(text)
        return len(text)
    def flush(self):
        pass

class Node:
    pass

gc.collect()
capture = Capture()
real, sys.stderr = sys.stderr, capture
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Node(); b = Node(); a.other = b; b.other = a
loop = []; loop.append(loop)
del a, b, loop
gc.collect()
gc.set_debug(0)
sys.stderr = real
print(sorted("".join(capture.lines).splitlines()))

gc.set_debug(gc.DEBUG_LEAK)
sys.stderr = capture
capture.lines.clear()
x = Node(); x.me = x
del x
gc.collect()
gc.set_debug(0)
sys.stderr = real
print("".join(capture.lines).splitlines())
print([type(o).__name__ for o in gc.garbage])
gc.garbage.clear()
print(gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)

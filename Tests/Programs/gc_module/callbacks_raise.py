# A gc.callbacks hook that raises is reported ("Exception ignored in") and the remaining hooks and the collection go on
import gc, sys, weakref

REAL_STDERR = sys.stderr
def scrub(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            if j > i + 2:
                out.append("0xADDR")
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)

class ScrubbedStderr:
    def write(self, text):
        return REAL_STDERR.write(scrub(text))
    def flush(self):
        REAL_STDERR.flush()
sys.stderr = ScrubbedStderr()

log = []
def failing(phase, info):
    log.append("failing " + phase)
    if phase == "stop":
        raise ValueError("hook broke in " + phase)
def good(phase, info):
    log.append("good " + phase)

class Node:
    pass
n = Node(); n.me = n
w = weakref.ref(n)
del n
gc.callbacks.extend([failing, good])
print("collecting")
gc.collect()
gc.callbacks.clear()
print(log)
print("garbage still freed:", w() is None)
print("no pending exception:", sys.exc_info() == (None, None, None))

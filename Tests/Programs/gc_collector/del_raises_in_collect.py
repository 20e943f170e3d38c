# An exception escaping __del__ during a collection is reported ("Exception ignored in") and dropped;
# the other finalizers still run, the garbage is freed and the caller's exception state is untouched
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
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("bad " + self.name)
        raise ValueError("finalizer of " + self.name + " failed")

class Good:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("good " + self.name)

b = Bad("one"); g = Good("partner")
b.other = g; g.other = b
wb = weakref.ref(b)
del b, g
print("collecting")
gc.collect()
print("finalizers:", sorted(log), "freed:", wb() is None)
log.clear()

try:
    raise KeyError("outer")
except KeyError:
    c = Bad("two"); c.me = c
    del c
    gc.collect()
    print("still handling:", sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise
    except KeyError as e:
        print("bare raise gives", repr(e))
print("log:", log)

def helper(name):
    raise RuntimeError("deep failure in " + name)
class Deep:
    def __del__(self):
        helper("Deep")
d = Deep(); d.me = d
del d
gc.collect()
print("end")

# A weakref callback raising during a collection is reported ("Exception ignored in"); the remaining callbacks
# and finalizers still run
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
class Obj:
    def __del__(self):
        log.append("__del__")

def failing(w):
    log.append("failing callback")
    raise LookupError("callback could not cope")

def fine(w):
    log.append("fine callback")

o = Obj(); o.me = o
r_fine = weakref.ref(o, fine)
r_bad = weakref.ref(o, failing)
del o
print("collecting")
gc.collect()
print(log)
print("program continues, exception state clean:", sys.exc_info() == (None, None, None))

# SystemExit raised inside __del__ (refcount or collector path) is reported and ignored; the program goes on, status 0
import gc, sys

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

class Quitter:
    def __init__(self, code):
        self.code = code
    def __del__(self):
        print("Quitter.__del__ calling sys.exit(%r)" % self.code)
        sys.exit(self.code)

q = Quitter(5)
del q
print("still running after refcount death")
c = Quitter(7)
c.me = c
del c
gc.collect()
print("still running after collection")

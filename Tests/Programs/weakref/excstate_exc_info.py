# A callback fired inside an except block leaves sys.exc_info() and bare raise intact
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

class C:
    pass

def noisy_cb(w):
    print("  callback: exc_info inside callback:", sys.exc_info()[0])
    try:
        raise RuntimeError("handled inside callback")
    except RuntimeError as e:
        print("  callback handled its own:", e)
    print("  callback: exc_info after its handler:", sys.exc_info()[0])

def raising_cb(w):
    print("  raising callback")
    raise OSError("from callback")

o = C()
r = weakref.ref(o, noisy_cb)
try:
    raise KeyError("outer")
except KeyError:
    print("before:", sys.exc_info()[0].__name__, sys.exc_info()[1])
    del o
    print("after:", sys.exc_info()[0].__name__, sys.exc_info()[1])

print("bare raise after a raising callback:")
def reraiser():
    o = C()
    r = weakref.ref(o, raising_cb)
    try:
        raise ValueError("original")
    except ValueError:
        del o
        print("exc_info after callback:", sys.exc_info()[0].__name__)
        raise

try:
    reraiser()
except ValueError as e:
    print("caught re-raised:", type(e).__name__, e)
except OSError as e:
    print("WRONG: caught callback's error", e)

print("outside any handler:", sys.exc_info())
o = C()
r = weakref.ref(o, noisy_cb)
del o
print("still outside:", sys.exc_info())

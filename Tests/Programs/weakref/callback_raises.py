# A raising callback is reported as 'Exception ignored in' and the program continues
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

def bad_cb(w):
    print("bad_cb running")
    raise ValueError("callback failed")

def good_cb(w):
    print("good_cb running")

o = C()
r_good = weakref.ref(o, good_cb)
r_bad = weakref.ref(o, bad_cb)
print("deleting")
del o
print("program continues")

# a raising lambda
o = C()
r_lam = weakref.ref(o, lambda w: 1 / 0)
o = None
print("after lambda")

# an exception that escapes from deeper inside the callback
def helper():
    raise KeyError("deep")
def deep_cb(w):
    helper()
o = C()
r_deep = weakref.ref(o, deep_cb)
try:
    del o
    print("no exception reached the try block")
except KeyError:
    print("never printed")

# callable instance raising
class Boom:
    def __call__(self, w):
        raise RuntimeError("boom from instance")
    def __repr__(self):
        return "<Boom callback>"
o = C()
r_inst = weakref.ref(o, Boom())
del o
print("end")

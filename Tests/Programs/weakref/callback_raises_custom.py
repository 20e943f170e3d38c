# The 'Exception ignored' report names non-builtin exception classes with their module
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

class CallbackError(Exception):
    pass

class Quiet(Exception):
    def __str__(self):
        return ""

def cb_custom(w):
    raise CallbackError("custom failure", 2)

def cb_quiet(w):
    raise Quiet()

def cb_noargs(w):
    raise CallbackError

def cb_chained(w):
    try:
        {}["missing"]
    except KeyError as e:
        raise CallbackError("while handling") from e

for cb in [cb_custom, cb_quiet, cb_noargs, cb_chained]:
    o = C()
    r = weakref.ref(o, cb)
    print("killing object with", cb.__name__)
    del o
    print("survived", cb.__name__)
print("end")

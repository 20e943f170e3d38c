# A callback's own error never becomes another exception's __context__
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

def raising_cb(w):
    raise OSError("callback error")

o = C()
r = weakref.ref(o, raising_cb)
try:
    del o
    raise ValueError("next")
except ValueError as e:
    print("caught:", repr(e))
    print("__context__:", e.__context__)
    print("__cause__:", e.__cause__)

print("inside a handler:")
o = C()
r = weakref.ref(o, raising_cb)
try:
    try:
        raise KeyError("first")
    except KeyError:
        del o
        raise TypeError("second")
except TypeError as e:
    print("caught:", repr(e))
    print("__context__:", repr(e.__context__))

print("after an exception state was cleared by a raising __del__:")
class Bad:
    def __del__(self):
        raise LookupError("from __del__")
b = Bad()
rb = weakref.ref(b, raising_cb)
try:
    del b
    raise ValueError("later")
except ValueError as e:
    print("caught:", repr(e), "context:", e.__context__)
print("exc_info clean:", sys.exc_info())

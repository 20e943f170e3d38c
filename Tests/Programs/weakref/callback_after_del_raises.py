# __del__ raising still lets the weakref callbacks run afterwards
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

class Fragile:
    def __del__(self):
        print("__del__ raising")
        raise ValueError("in __del__")

def cb(w):
    print("callback runs after the failed __del__; w() =", w())

f = Fragile()
r = weakref.ref(f, cb)
print("deleting")
del f
print("after")

class Both:
    def __del__(self):
        print("__del__ ok")
def cb_bad(w):
    print("callback raising")
    raise TypeError("in callback")
def cb_second(w):
    print("older callback still runs")
b = Both()
r1 = weakref.ref(b, cb_second)
r2 = weakref.ref(b, cb_bad)
del b
print("end")

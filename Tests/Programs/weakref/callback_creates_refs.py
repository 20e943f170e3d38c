# Callbacks creating new weakrefs (to other objects) and weakrefs inside callbacks
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
    def __init__(self, name):
        self.name = name

other = C("other")
created = []

def other_cb(w):
    print("other's new ref fired")

def cb(w):
    print("cb: creating refs to other")
    created.append(weakref.ref(other, other_cb))
    created.append(weakref.proxy(other))
    print("cb: count on other", weakref.getweakrefcount(other))

o = C("o")
r = weakref.ref(o, cb)
del o
print("created alive:", created[0]() is other, created[1].name)
print("deleting other")
del other
print("created dead:", created[0]())

# a callback that creates a fresh object and a ref to it which dies at once
def cb2(w):
    tmp = C("tmp")
    weakref.ref(tmp, lambda x: print("tmp's callback (nested death)"))
    ref_tmp = weakref.ref(tmp, lambda x: print("tmp's second callback"))
    print("cb2: dropping tmp")
    del tmp
    print("cb2: tmp gone:", ref_tmp())

o = C("o2")
r2 = weakref.ref(o, cb2)
del o
print("end")

# Callbacks that delete sibling weakrefs cannot stop the queued callbacks
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

def cb1(w):
    print("cb1 running; deleting r2 and r3")
    global r2, r3
    del r2, r3

def cb2(w):
    print("cb2 running")

def cb3(w):
    print("cb3 running; deleting r1")
    global r1
    del r1

o = C()
r1 = weakref.ref(o, cb1)
r2 = weakref.ref(o, cb2)
r3 = weakref.ref(o, cb3)
print("deleting o")
del o
print("names left:", sorted(n for n in ("r1", "r2", "r3") if n in globals()))

# a callback dropping refs to a different, still live, object: those never fire
o = C()
other = C()
refs_to_other = [weakref.ref(other, lambda w: print("other's callback")) for i in range(2)]
def clear_others(w):
    print("clearing refs to other")
    refs_to_other.clear()
ro = weakref.ref(o, clear_others)
del o
print("deleting other")
del other
print("end")

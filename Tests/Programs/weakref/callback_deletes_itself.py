# A callback that deletes the last reference to its own weakref still completes
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

holder = {}

def self_deleting(w):
    print("callback: deleting my own ref; w is holder['r']:", w is holder["r"])
    del holder["r"]
    print("callback: still running, w() =", w())

o = C()
holder["r"] = weakref.ref(o, self_deleting)
del o
print("holder keys:", list(holder))

# the weakref dropped before the referent dies: no callback at all
o = C()
r = weakref.ref(o, lambda w: print("never printed"))
del r
del o
print("dropped ref never fired")

# a callback deleting a later-queued ref and itself
refs = []
def first(w):
    print("first: clearing list of refs")
    refs.clear()
def second(w):
    print("second still runs")
o = C()
refs.append(weakref.ref(o, second))
refs.append(weakref.ref(o, first))
del o
print("refs:", refs)

# a ref subclass whose callback is a method of a separate object
class Listener:
    def __init__(self):
        self.events = []
    def on_death(self, w):
        self.events.append("died")
        print("listener: w is current:", w is current[0])
        current.clear()
listener = Listener()
o = C()
current = [weakref.ref(o, listener.on_death)]
del o
print("events:", listener.events, "current:", current)

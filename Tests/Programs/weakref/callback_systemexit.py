# SystemExit and KeyboardInterrupt raised by a callback are only reported
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

def exit_cb(w):
    print("exit_cb raising SystemExit")
    raise SystemExit(3)

def interrupt_cb(w):
    print("interrupt_cb raising KeyboardInterrupt")
    raise KeyboardInterrupt

def after_cb(w):
    print("after_cb (older ref) still runs")

o = C()
r0 = weakref.ref(o, after_cb)
r1 = weakref.ref(o, exit_cb)
del o
print("still running after SystemExit in callback")

o = C()
r2 = weakref.ref(o, interrupt_cb)
try:
    o = None
    print("no KeyboardInterrupt propagated")
except KeyboardInterrupt:
    print("never printed")

def exit_zero(w):
    sys.exit(0)
o = C()
r3 = weakref.ref(o, exit_zero)
del o
print("program reaches its end")

# A non-callable callback is accepted and only reported when invoked
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

# deaths happen inside helper functions whose whole line is the call, so the
# report's traceback (the frame running when the callback failed) has no carets
holder = [C()]
def drop():
    holder.clear()

for bad in [42, "text", [1, 2]]:
    r = weakref.ref(holder[0], bad)
    print("created ref with callback", repr(bad), "-> __callback__:", r.__callback__)
    del r

r_int = weakref.ref(holder[0], 42)
r_str = weakref.ref(holder[0], "text")
def good(w):
    print("good callback runs")
r_good = weakref.ref(holder[0], good)
p_bad = weakref.proxy(holder[0], 3.5)
print("deleting the object")
drop()
print("after deletion")

# an object whose __call__ is defined later
class Late:
    pass
late = Late()
holder.append(C())
r_late = weakref.ref(holder[0], late)
Late.__call__ = lambda self, w: print("late-bound __call__ runs")
drop()

# a class whose __call__ needs another argument
class WrongArity:
    def __call__(self):
        print("never runs")
    def __repr__(self):
        return "<WrongArity>"
holder.append(C())
r_arity = weakref.ref(holder[0], WrongArity())
def nested_drop():
    drop()
nested_drop()
print("end")

# Different kinds of callables as callbacks: bound methods, builtins, classes, lambdas
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

class Recorder:
    def __init__(self):
        self.got = []
    def record(self, w):
        self.got.append(w() is None)
        print("bound method callback")
    @staticmethod
    def static_cb(w):
        print("staticmethod callback")
    @classmethod
    def class_cb(cls, w):
        print("classmethod callback on", cls.__name__)

rec = Recorder()
collected = []
o = C()
refs = [
    weakref.ref(o, rec.record),
    weakref.ref(o, Recorder.static_cb),
    weakref.ref(o, Recorder.class_cb),
    weakref.ref(o, collected.append),
    weakref.ref(o, lambda w: print("lambda callback")),
]
print("callbacks:", [type(r.__callback__).__name__ for r in refs])
del o
print("recorder got:", rec.got)
print("collected refs are ours:", [x is y for x, y in zip(collected, [refs[3]])])

# a class as callback: it gets instantiated with the ref
made = []
class Event:
    def __init__(self, w):
        made.append(self)
        print("Event created with dead ref:", w() is None)
o = C()
r = weakref.ref(o, Event)
del o
print("events made:", len(made))

# print itself as callback (its output has an address, so wrap it)
o = C()
r = weakref.ref(o, lambda w: print("print-like callback", type(w).__name__))
del o
print("end")

# Callbacks during finally blocks and with-statements keep the propagating exception
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

def cb(w):
    print("  callback ran; exc_info:", sys.exc_info()[0])
    raise ArithmeticError("callback failure")

def f():
    o = C()
    r = weakref.ref(o, cb)
    try:
        raise IndexError("propagating")
    finally:
        print("in finally")
        del o
        print("finally done")

try:
    f()
except IndexError as e:
    print("caught:", repr(e), "context:", e.__context__)

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("__exit__ got:", exc[0].__name__ if exc[0] else None)
        global target
        del target
        print("__exit__ returns False")
        return False

target = C()
rt = weakref.ref(target, cb)
try:
    with Manager():
        raise NameError("in with")
except NameError as e:
    print("caught:", repr(e), "context:", e.__context__)
print("end")

# a finalize func raising when fired by death is reported (Exception ignored in: <finalize ...; dead>) and dropped
import sys
import weakref

def scrub(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            if j > i + 2:
                out.append("0xADDR")
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)

THIS_FILE = __file__  # CPython deletes __main__.__file__ before the at-exit hooks run

class ScrubbedStderr:
    # Copies stderr to stdout line by line with addresses and this file's path scrubbed.
    # Traceback entries from other files (CPython's Lib/weakref.py) are left out.
    def __init__(self):
        self.pending = ""
        self.skipping = False
    def write(self, text):
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            if line.startswith('  File "'):
                self.skipping = THIS_FILE not in line
            elif not line.startswith("    "):
                self.skipping = False
            if not self.skipping:
                sys.stdout.write(scrub(line.replace(THIS_FILE, "FILE")) + "\n")
        return len(text)
    def flush(self):
        pass

sys.stderr = ScrubbedStderr()

class Obj:
    pass

def bad(tag):
    print("  bad called with", tag)
    raise ValueError("boom " + tag)

def good(tag):
    print("  good called with", tag)

o = Obj()
f1 = weakref.finalize(o, good, "older")
f2 = weakref.finalize(o, bad, "newer")
print("del o:")
del o
print("program continues; both dead:", f1.alive, f2.alive)

def scope():
    local = Obj()
    weakref.finalize(local, bad, "local")
    return "returned"

print(scope())
try:
    o = Obj()
    weakref.finalize(o, bad, "in try")
    o = None
    print("no exception reached the try block")
except ValueError:
    print("never printed")
o = Obj()
weakref.finalize(o, sys.exit, 3)
print("a SystemExit from a finalize func is reported too:")
del o
print("still running")
o = Obj()
weakref.finalize(o, bad, "at exit")
weakref.finalize(o, good, "at exit").atexit = False
print("end of program")

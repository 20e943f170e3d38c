# finalize funcs raising at exit are reported through sys.excepthook; later ones still run
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

def report(tag):
    print("finalizer", tag)

def bad(tag):
    print("finalizer", tag, "raising")
    raise KeyError(tag)

o = Obj()
weakref.finalize(o, report, "first created, runs last")
weakref.finalize(o, bad, "second")
weakref.finalize(o, report, "third")
weakref.finalize(o, bad, "fourth, runs first")
print("main code finished")

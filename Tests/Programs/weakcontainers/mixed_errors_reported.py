# Raising __del__ methods and weakref callbacks are reported, and weak containers still drop the dead entries
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

class Fragile:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name, "raising")
        raise RuntimeError("del of " + self.name)

def bad_callback(r):
    print("  callback raising")
    raise ValueError("callback failed")

wkd = weakref.WeakKeyDictionary()
wvd = weakref.WeakValueDictionary()
ws = weakref.WeakSet()
x = Fragile("x")
wkd[x] = 1
wvd["x"] = x
ws.add(x)
r = weakref.ref(x, bad_callback)
print("del x:")
del x
print("after: wkd", len(wkd), "wvd", len(wvd), "ws", len(ws))
y = Fragile("y")
wvd["y"] = y
print("y dies inside an iteration:")
for k in wvd:
    print("  visit", k)
    y = None
print("after:", list(wvd))
print("end")

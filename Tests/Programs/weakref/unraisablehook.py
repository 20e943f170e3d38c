# sys.unraisablehook receives callback, __del__ and finalize errors (exc_type, exc_value, err_msg, object); a failing hook is reported; __unraisablehook__ restores
import sys, weakref
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object is cb, u.exc_traceback is not None))
sys.unraisablehook = hook
class C:
    pass
def cb(r):
    raise ValueError("boom")
o = C()
r = weakref.ref(o, cb)
del o
print(seen)
class D:
    def __del__(self):
        raise KeyError("k")
d = D()
del d
print(seen[-1][:3], seen[-1][4])
f_obj = C()
f = weakref.finalize(f_obj, lambda: 1 / 0)
del f_obj
print(seen[-1][:3])
def bad_hook(u):
    raise RuntimeError("hook failed")
sys.unraisablehook = bad_hook
o = C()
r = weakref.ref(o, cb)
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
class Scrubbed:
    def write(self, text):
        sys.stdout.write(scrub(text).replace(THIS, "FILE"))
        return len(text)
    def flush(self):
        pass
THIS = __file__
sys.stderr = Scrubbed()
del o
print("restored:", sys.__unraisablehook__ is not None)
sys.unraisablehook = sys.__unraisablehook__
o = C()
r = weakref.ref(o, cb)
del o
print("end")

# a finalize func raising when called explicitly propagates to the caller; the finalizer is dead anyway
import weakref

class Obj:
    pass

def bad(tag):
    print("  bad called with", tag)
    raise ValueError("boom " + tag)

o = Obj()
f = weakref.finalize(o, bad, "explicit")
try:
    f()
except ValueError as e:
    print("caught:", e)
print("alive after the exception:", f.alive, "second call:", f())
print("del o (nothing fires):")
del o
o = Obj()
g = weakref.finalize(o, bad, "traceback")
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback ends in:", frames[-1], "starts in:", frames[0])
o2 = Obj()
h = weakref.finalize(o2, int, "not a number")
try:
    h()
except ValueError as e:
    print("builtin func error:", e)
k = weakref.finalize(o2, bad)
try:
    k()
except TypeError as e:
    print("wrong arguments:", e)
print("k alive:", k.alive)
print("end")

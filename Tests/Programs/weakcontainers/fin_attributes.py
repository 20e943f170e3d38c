# finalize attributes: alive (read-only), atexit (writable, False once dead), no other attributes, errors
import weakref

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, print, "fired")
print("alive:", f.alive, "atexit:", f.atexit)
f.atexit = 0
print("atexit = 0 ->", f.atexit, type(f.atexit).__name__)
f.atexit = "yes"
print("atexit = 'yes' ->", f.atexit)
f.atexit = []
print("atexit = [] ->", f.atexit)
try:
    f.alive = False
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print("type name:", type(f).__name__, "callable:", callable(f))
print("hashable and equal to itself:", hash(f) == hash(f), f == f, f != f)
g = weakref.finalize(o, print, "fired")
print("two finalizers differ:", f == g)
f()
print("after call: alive", f.alive, "atexit", f.atexit)
f.atexit = True
print("setting atexit on a dead finalizer is ignored:", f.atexit)
for make in (lambda: weakref.finalize(o), lambda: weakref.finalize(), lambda: weakref.finalize(5, print),
             lambda: weakref.finalize("s", print), lambda: weakref.finalize([], print)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
g.atexit = False
print("g.atexit:", g.atexit)
del o
print("end")

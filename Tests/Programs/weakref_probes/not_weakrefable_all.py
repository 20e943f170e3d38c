# Which objects can be weakly referenced: builtins vs their subclasses, functions, classes, modules, etc.
import weakref, sys
def try_ref(label, o):
    try:
        r = weakref.ref(o)
        print(label, "ok", r() is o)
    except TypeError as e:
        print(label, "TypeError:", e)
class L(list): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
class I(int): pass
class St(str): pass
class T(tuple): pass
class Fl(float): pass
class Ex(Exception): pass
def func(): pass
def gen(): yield 1
samples = [
    ("int", 1), ("str", "s"), ("tuple", (1,)), ("list", []), ("dict", {}), ("None", None), ("bool", True),
    ("float", 1.5), ("object()", object()), ("set", set()), ("frozenset", frozenset()),
    ("range", range(3)), ("slice", slice(1)),
    ("L", L()), ("D", D()), ("S", S()), ("F", F()), ("I", I(1)), ("St", St("a")), ("T", T()), ("Fl", Fl(1.0)),
    ("Ex", Ex()), ("Exception", Exception()), ("func", func), ("lambda", lambda: 0), ("gen", gen()), ("class", L), ("type", type),
    ("module", sys), ("builtin func", len), ("bound method", Ex().with_traceback), ("builtin method", [].append), ("iter(list)", iter([])),
    ("property", property()), ("staticmethod", staticmethod(func)), ("classmethod", classmethod(func)),
    ("NotImplemented", NotImplemented), ("Ellipsis", ...), ("ref itself", weakref.ref(func)),
]
for label, o in samples:
    try_ref(label, o)
try:
    weakref.proxy([])
except TypeError as e:
    print("proxy list:", e)
try:
    weakref.WeakSet().add(3)
except TypeError as e:
    print("WeakSet int:", e)
try:
    weakref.WeakValueDictionary()[1] = "s"
except TypeError as e:
    print("WVD str value:", e)
try:
    weakref.finalize(None, print)
except TypeError as e:
    print("finalize None:", e)

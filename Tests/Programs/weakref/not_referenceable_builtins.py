# Builtin values that cannot be weakly referenced, with the exact TypeError messages
import weakref

class C:
    pass

o = C()
candidates = [
    ("int", 1), ("big int", 10 ** 30), ("str", "text"), ("empty str", ""),
    ("tuple", (1, 2)), ("empty tuple", ()), ("list", [1]), ("dict", {}),
    ("None", None), ("bool", True), ("float", 3.25), ("object()", object()),
    ("range", range(5)), ("ref", weakref.ref(o)), ("proxy", weakref.proxy(o)),
    ("callable proxy", weakref.proxy(len)), ("slice", slice(1, 2)),
    ("NotImplemented", NotImplemented), ("Ellipsis", ...),
    ("list iterator", iter([1])), ("dict keys", {}.keys()),
    ("ValueError()", ValueError("v")), ("KeyError class instance", KeyError()),
    ("property", property(lambda self: 1)), ("staticmethod", staticmethod(len)),
    ("classmethod", classmethod(len)),
]
for label, value in candidates:
    for maker in (weakref.ref, weakref.proxy):
        try:
            maker(value)
            print(label, maker.__name__, "-> ok")
        except TypeError as e:
            print(label, maker.__name__, "-> TypeError:", e)

# with a callback the same error is raised and the callback is never called
def cb(w):
    print("never called")
try:
    weakref.ref(42, cb)
except TypeError as e:
    print("with callback:", e)
try:
    weakref.proxy([1, 2], cb)
except TypeError as e:
    print("proxy with callback:", e)

# AttributeError messages for instances, classes, modules and builtins
import math
import sys

class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst_attr = 2

def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

t = Thing()
attempt("instance", lambda: t.missing)
attempt("class", lambda: Thing.missing)
attempt("module math", lambda: math.missing)
attempt("module sys", lambda: sys.no_such_thing)
attempt("None", lambda: None.missing)
attempt("int", lambda: (5).missing)
attempt("str method typo", lambda: "abc".uper())
attempt("list", lambda: [].push)
attempt("dict", lambda: {}.has_key)
attempt("type object int", lambda: int.missing)
attempt("function", lambda: attempt.missing)
attempt("bool", lambda: True.missing)
attempt("tuple", lambda: (1,).append)
attempt("float", lambda: (1.5).missing)

# Setting attributes where not allowed
def set_on(obj, name):
    setattr(obj, name, 1)
attempt("set on int", lambda: set_on(5, "x"))
attempt("set on builtin type", lambda: set_on(int, "x"))
attempt("set on str method", lambda: set_on("s".upper, "x"))
attempt("del missing instance attr", lambda: delattr(t, "nothing"))
attempt("del class attr via instance", lambda: delattr(t, "cls_attr"))
attempt("del instance attr", lambda: delattr(t, "inst_attr"))

# 3.11 does not include "Did you mean" in str(e)
try:
    t.inst_attrr
except AttributeError as e:
    print(repr(str(e)))

# AttributeError attributes: name and obj (3.10+)
try:
    t.whatever
except AttributeError as e:
    print(e.name, e.obj is t)
try:
    math.nothing
except AttributeError as e:
    print(e.name, e.obj is math)

# getattr with default suppresses AttributeError only
print(getattr(t, "missing", "default"))
class Raises:
    @property
    def prop(self):
        raise ValueError("not an AttributeError")
try:
    getattr(Raises(), "prop", "default")
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(math, "pi"), hasattr(math, "tau"), hasattr(math, "nope"))

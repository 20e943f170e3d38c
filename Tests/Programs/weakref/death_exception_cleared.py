# Objects referenced by an exception die when the exception is cleared
import weakref

class Payload:
    def __init__(self, name):
        self.name = name

def cb(w):
    print("  payload died")

class CarryError(Exception):
    pass

print("except ... as e: e is unbound after the handler")
try:
    p = Payload("in-args")
    r = weakref.ref(p, cb)
    err = CarryError(p)
    del p
    raise err
except CarryError as e:
    del err
    print("handling, alive:", r() is not None, type(e.args[0]).__name__)
print("after handler, alive:", r() is not None)

print("exception held in a variable")
saved = []
try:
    raise CarryError(Payload("saved"))
except CarryError as e:
    saved.append(e)
rs = weakref.ref(saved[0].args[0], cb)
print("still alive:", rs() is not None)
saved.clear()
print("after clearing saved list")

print("exception referencing a local of a raising function")
def fail():
    local = Payload("local")
    global rl
    rl = weakref.ref(local, cb)
    raise ValueError("fail")

try:
    fail()
except ValueError:
    print("in handler: local kept by traceback:", rl() is not None)
print("after handler:", rl() is not None)

print("weakref to the exception itself (builtin exceptions cannot be referenced)")
try:
    weakref.ref(KeyError("k"))
except TypeError as e:
    print("TypeError:", e)
def cb_exc(w):
    print("  exception object died")
class Tracked(Exception):
    pass
try:
    raise Tracked("k")
except Tracked as e:
    re_ = weakref.ref(e, cb_exc)
    print("in handler")
print("after handler, exc alive:", re_() is not None)

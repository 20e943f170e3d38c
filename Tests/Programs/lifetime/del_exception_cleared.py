# Objects referenced only by an exception die when the handler ends
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class CarryError(Exception):
    def __init__(self, payload):
        super().__init__(payload.name)
        self.payload = payload

print("raise and catch with `as`:")
try:
    raise CarryError(Res("payload1"))
except CarryError as e:
    print("in handler:", e)
print("after handler")

print("catch without `as`:")
try:
    raise CarryError(Res("payload2"))
except CarryError:
    print("in handler")
print("after handler")

print("exception raised inside a function, local freed with traceback:")
def fails():
    local = Res("frame-local")
    raise ValueError("inner failure")
try:
    fails()
except ValueError as e:
    print("caught:", e)
    print("handler still running")
print("handler finished")

print("exception saved to another name survives:")
try:
    raise CarryError(Res("payload3"))
except CarryError as e:
    saved = e
print("saved:", saved)
saved = None
print("saved cleared")

print("exception object as arg, nested handlers:")
try:
    try:
        raise CarryError(Res("inner-payload"))
    except CarryError as inner:
        print("inner handler, re-raising a new error")
        raise RuntimeError("outer") from None
except RuntimeError as outer:
    print("outer handler:", outer, outer.__context__ is not None)
print("both handlers done")

print("finally without except:")
def with_finally():
    try:
        raise CarryError(Res("payload4"))
    finally:
        print("finally runs")
try:
    with_finally()
except CarryError as e:
    print("caught", e)
print("end")

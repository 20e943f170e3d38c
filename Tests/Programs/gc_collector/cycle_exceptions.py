# Exception objects in cycles (through args, attributes, __context__ and __cause__, tracebacks) are collected
import gc, weakref

log = []
class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)

class MyError(Exception):
    pass

e = MyError("self in args")
e.args = (e, Marker("args"))
w1 = weakref.ref(e)
del e

e1 = MyError("first"); e2 = MyError("second")
e1.__context__ = e2
e2.__cause__ = e1
e1.marker = Marker("context/cause")
w2 = weakref.ref(e1)
del e1, e2

def raiser():
    try:
        raise MyError("with traceback")
    except MyError as err:
        err.keep = err
        err.marker = Marker("traceback")
        return weakref.ref(err)
w3 = raiser()

print("alive:", w1() is not None, w2() is not None, w3() is not None)
gc.collect()
print("collected:", w1() is None, w2() is None, w3() is None)
print(sorted(log))

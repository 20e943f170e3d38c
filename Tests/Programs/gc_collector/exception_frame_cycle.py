# Saving a caught exception in a local creates frame <-> traceback cycles: the frame's locals stay alive
# after the function returns, until the collector runs
import gc, weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def keeps_error():
    r = Res("frame-local")
    try:
        raise ValueError("boom")
    except ValueError as e:
        err = e
    return weakref.ref(r)

gc.collect()
w = keeps_error()
print("returned, local alive:", w() is not None)
gc.collect()
print("after collect:", w() is None)

# the same cycle, broken by hand
def breaks_cycle():
    r = Res("cleaned-up")
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    del err
    return "returned"
print(breaks_cycle())

# an exception stored on an object that the raising frame refers to
class Box:
    pass
def stores_on_box():
    box = Box()
    box.res = Res("in-box")
    try:
        raise RuntimeError("stored")
    except RuntimeError as e:
        box.error = e
    return weakref.ref(box)
wb = stores_on_box()
print("box alive:", wb() is not None)
gc.collect()
print("box collected:", wb() is None)

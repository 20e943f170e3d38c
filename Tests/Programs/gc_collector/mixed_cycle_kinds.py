# One long cycle running through an instance, list, dict, tuple, slots, closures and a generator is freed as a whole
import gc, weakref

class Start:
    def __del__(self):
        print("Start.__del__ sees the whole ring:", walk(self))

class Slot:
    __slots__ = ("ref",)

def walk(start):
    d = start.items[0]
    t = d["tuple"]
    s = t[1]
    cell_f = s.ref
    gen = cell_f()
    return type(d).__name__, type(t).__name__, type(s).__name__, cell_f.__name__, type(gen).__name__

def build():
    start = Start()
    def owner():
        return start
    def gen(m):
        yield m
    slot = Slot()
    g = gen(owner)
    def get_gen():
        return g
    slot.ref = get_gen
    start.items = [{"tuple": ("x", slot)}]
    return weakref.ref(start), weakref.ref(owner)

ws, wf = build()
print("ring alive:", ws() is not None, wf() is not None)
gc.collect()
print("ring collected:", ws() is None, wf() is None)

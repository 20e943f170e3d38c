# Attributes of weakref objects implemented in Swift, read many times from one place (the
# instruction caches what it found): the values follow the objects, errors keep their messages.
import weakref


class Thing:
    pass


def show(objects):
    for f in objects:
        print(f.alive, f.atexit)


things = [Thing() for _ in range(3)]
finalizers = [weakref.finalize(t, print, "finalized", i) for i, t in enumerate(things)]
show(finalizers)
finalizers[0].detach()
finalizers[1].atexit = False
del things[2]
show(finalizers)
print([weakref.getweakrefcount(t) for t in things])
extra = [weakref.ref(things[0]), weakref.proxy(things[0])]
print([weakref.getweakrefcount(t) for t in things])
del extra
print([weakref.getweakrefcount(t) for t in things])


def callbacks(refs):
    return [r.__callback__ for r in refs]


def cb(r):
    pass


t = Thing()
refs = [weakref.ref(t), weakref.ref(t, cb)]
print(callbacks(refs)[0], callbacks(refs)[1].__name__)
for value in [finalizers[2], 3, "text"]:
    try:
        print(value.alive)
    except AttributeError as e:
        print("AttributeError:", e, e.name)

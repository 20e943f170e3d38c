# gc.callbacks see start/stop with the info dict; DEBUG_SAVEALL keeps garbage in gc.garbage
import gc

events = []
def hook(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(hook)
gc.collect(1)
print(events)
def bad(phase, info):
    raise ValueError("hook failed")
gc.callbacks.insert(0, bad)
events.clear()
gc.collect()
print(len(events))
gc.callbacks.clear()

gc.set_debug(gc.DEBUG_SAVEALL)
l = [1, 2]; l.append(l)
del l
gc.collect()
print(len(gc.garbage), gc.garbage[0][:2])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print(gc.collect() >= 0)

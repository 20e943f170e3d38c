# gc.callbacks hooks are called with ("start", info) and ("stop", info) for every collection
import gc

events = []
def hook(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))

gc.collect()
gc.callbacks.append(hook)
for gen in (0, 1, 2):
    gc.collect(gen)
for e in events:
    print(e[0], e[1], sorted(e[4]))
print("start phases report zero:", all(e[2] == 0 and e[3] == 0 for e in events if e[0] == "start"))
events.clear()

class Node:
    pass
a = Node(); b = Node(); a.b = b; b.a = a
del a, b
gc.collect()
print([e[0] for e in events])
stop = events[1]
print("stop reports what was collected:", stop[2] >= 2, "uncollectable:", stop[3])
events.clear()

gc.callbacks.remove(hook)
gc.collect()
print("removed hook not called:", events)
print("callbacks list:", gc.callbacks)

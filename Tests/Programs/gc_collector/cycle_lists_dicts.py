# Cycles made only of lists and dicts, with an instance hanging off them as a probe
import gc, weakref

class Probe:
    pass

def probe_list_cycle():
    p = Probe()
    l = [p]
    l.append(l)
    return weakref.ref(p)

def probe_dict_cycle():
    p = Probe()
    d = {"probe": p}
    d["self"] = d
    return weakref.ref(p)

def probe_mutual():
    p = Probe()
    l = [p]
    d = {"list": l}
    l.append(d)
    return weakref.ref(p)

def probe_dict_key_tuple():
    p = Probe()
    d = {}
    inner = [d]
    d[("k", 1)] = inner
    d["p"] = p
    return weakref.ref(p)

def probe_nested():
    p = Probe()
    outer = [[[p]]]
    outer[0][0].append(outer)
    return weakref.ref(p)

gc.collect()
refs = [f() for f in (probe_list_cycle, probe_dict_cycle, probe_mutual, probe_dict_key_tuple, probe_nested)]
print("kept alive by cycles:", [r() is not None for r in refs])
gc.collect()
print("after collect:", [r() is not None for r in refs])

# a list cycle that is still referenced survives and keeps its contents
keep = [Probe()]
keep.append(keep)
r = weakref.ref(keep[0])
gc.collect()
print("referenced cycle kept:", r() is not None, keep[1] is keep, len(keep))
keep.clear()
print("cleared by hand:", r() is None)

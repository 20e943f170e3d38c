# The gc module's settings, counters and introspection
import gc

print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(800, 20); print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
gc.collect()
print(gc.get_count()[0] < 50)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL); print(gc.get_debug()); gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.get_objects(3), lambda: gc.enable(1), lambda: gc.is_tracked(),
            lambda: gc.set_threshold(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked({}), gc.is_tracked({"a": 1}),
      gc.is_tracked({"a": []}), gc.is_tracked([]), gc.is_tracked(()))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(len), gc.is_tracked(1.5))
x = [1]; y = [x, "s"]
print(x in gc.get_referents(y), y in gc.get_referrers(x))
print(any(o is y for o in gc.get_objects()))
gc.freeze(); print(gc.get_freeze_count() > 0)
gc.unfreeze(); print(gc.get_freeze_count())
print(gc.collect(generation=0) >= 0)

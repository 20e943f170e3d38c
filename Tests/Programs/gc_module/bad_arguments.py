# Error types and messages of the gc functions for bad arguments
import gc

def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", type(result).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("collect(generation=7)", lambda: gc.collect(generation=7))
attempt("collect(1, 2)", lambda: gc.collect(1, 2))
attempt("collect(x=1)", lambda: gc.collect(x=1))
attempt("collect(None)", lambda: gc.collect(None))
attempt("collect(2.0)", lambda: gc.collect(2.0))
attempt("collect(True)", lambda: gc.collect(True))
attempt("set_threshold('a')", lambda: gc.set_threshold("a"))
attempt("set_threshold(1, 'b')", lambda: gc.set_threshold(1, "b"))
attempt("set_threshold(a=1)", lambda: gc.set_threshold(a=1))
attempt("set_threshold(None)", lambda: gc.set_threshold(None))
gc.set_threshold(700, 10, 10)
attempt("get_objects('a')", lambda: gc.get_objects("a"))
attempt("get_objects(generation=3)", lambda: gc.get_objects(generation=3))
attempt("is_tracked(1, 2)", lambda: gc.is_tracked(1, 2))
attempt("is_finalized(1, 2)", lambda: gc.is_finalized(1, 2))
attempt("freeze(1)", lambda: gc.freeze(1))
attempt("unfreeze(1)", lambda: gc.unfreeze(1))
attempt("get_freeze_count(1)", lambda: gc.get_freeze_count(1))
attempt("get_count(1)", lambda: gc.get_count(1))
attempt("get_threshold(1)", lambda: gc.get_threshold(1))
attempt("get_stats(1)", lambda: gc.get_stats(1))
attempt("isenabled(1)", lambda: gc.isenabled(1))
attempt("disable(1)", lambda: gc.disable(1))
attempt("get_debug(1)", lambda: gc.get_debug(1))
print(gc.isenabled(), gc.get_threshold())

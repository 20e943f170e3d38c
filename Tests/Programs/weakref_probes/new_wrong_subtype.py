# ref.__new__/KeyedRef.__new__ called with a class that is not a subtype: the error names the offending class
import weakref
class O: pass
o = O()
for label, f in [("ref.__new__(int, o)", lambda: weakref.ref.__new__(int, o)),
                 ("ref.__new__(str, o)", lambda: weakref.ref.__new__(str, o)),
                 ("KeyedRef.__new__(int, o, None, 1)", lambda: weakref.KeyedRef.__new__(int, o, None, 1)),
                 ("ref.__new__(O, o)", lambda: weakref.ref.__new__(O, o))]:
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)

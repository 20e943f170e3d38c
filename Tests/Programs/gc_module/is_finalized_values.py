# gc.is_finalized: set once __del__ has run on the object (refcount or collector path), never by a manual call
import gc

saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)

class Plain:
    pass

p = Phoenix()
print("fresh:", gc.is_finalized(p))
p.__del__()
saved.clear()
print("after manual __del__ call:", gc.is_finalized(p))
del p
q = saved.pop()
print("after refcount resurrection:", gc.is_finalized(q))

r = Phoenix(); r.me = r
del r
gc.collect()
s = saved.pop()
print("after collector resurrection:", gc.is_finalized(s))

print("plain instance:", gc.is_finalized(Plain()))
print("atoms and builtins:", gc.is_finalized(1), gc.is_finalized("x"), gc.is_finalized([]), gc.is_finalized(None))
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError", e)

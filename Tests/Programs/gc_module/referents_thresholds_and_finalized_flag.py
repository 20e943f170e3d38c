# gc.get_referents in CPython's traversal order (plain values included), get_referrers of an int,
# get_objects(-1), set_threshold's C-int overflow errors, is_finalized inside a refcount __del__,
# and is_tracked of a bare object().
import gc
print(gc.get_referents([1, 2.5, None, True, "s", (1,)]))
print(gc.get_referents({"k": 7}))
print(gc.get_referents({3, 4}))
print(gc.get_referents({1: "a", "b": 2}))
x = 123456789; l = [x]
print(any(r is l for r in gc.get_referrers(x)))
print(len(gc.get_objects(-1)) > 0)
for bad in [2**63, 2**70, 2**31, -2**31 - 1]:
    try:
        gc.set_threshold(bad)
    except OverflowError as e:
        print("OverflowError:", e)
gc.set_threshold(700, 10, 10)
try:
    gc.get_objects(-2)
except ValueError as e:
    print(e)
class E:
    def __del__(self): print("in del", gc.is_finalized(self))
e = E(); del e
print(gc.is_tracked(object()), gc.is_tracked(E()))
o = object()
print(any(r is o for r in gc.get_objects()))

# gc.set_debug()/gc.get_debug(): flag values and combinations are stored as given
import gc

print(gc.get_debug())
flags = [gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK]
print(flags)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug())
print("set_debug returns:", gc.set_debug(0))
print(gc.get_debug())
gc.set_debug(True)
print(gc.get_debug(), type(gc.get_debug()).__name__)
gc.set_debug(0)
for bad in ["x", 1.0, None]:
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    gc.set_debug()
except TypeError as e:
    print("TypeError", e)
print(gc.get_debug())

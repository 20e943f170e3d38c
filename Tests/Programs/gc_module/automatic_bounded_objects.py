# With gc enabled, a loop making cyclic garbage of plain containers does not grow gc.get_objects() without bound
import gc

gc.collect()
base = len(gc.get_objects())
for i in range(100_000):
    a = [i]
    b = {"a": a}
    a.append(b)
del a, b
grown = len(gc.get_objects()) - base
print("growth bounded:", grown < 20_000)

gc.disable()
base = len(gc.get_objects())
for i in range(20_000):
    a = [i]
    a.append(a)
del a
print("disabled: every cycle kept:", len(gc.get_objects()) - base >= 20_000)
gc.enable()
gc.collect()
print("collect brings it back:", len(gc.get_objects()) - base < 1_000)

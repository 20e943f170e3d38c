# gc.get_objects() lists tracked objects only; the generation argument narrows it
import gc

def has(seq, x):
    return any(o is x for o in seq)

class C:
    pass
inst = C()
lst = [inst]
text = "a string is not tracked"
print("tracked:", has(gc.get_objects(), inst), has(gc.get_objects(), lst))
print("untracked:", has(gc.get_objects(), text), has(gc.get_objects(), {}))
print("type:", type(gc.get_objects()).__name__)

gc.collect()
young = [1, 2]
print("new object in generation 0:", has(gc.get_objects(0), young), has(gc.get_objects(generation=0), young))
print("not in generation 2 yet:", has(gc.get_objects(2), young))
gc.collect()
print("after collect in generation 2:", has(gc.get_objects(2), young), "not in 0:", has(gc.get_objects(0), young))
print("generation=None means all:", has(gc.get_objects(generation=None), young))
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError", e)

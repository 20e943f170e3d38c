# gc.collect() returns an int; the generation may be given positionally or by keyword, as any int 0-2
import gc

class Node:
    pass

for args, kwargs in [((), {}), ((0,), {}), ((1,), {}), ((2,), {}), ((), {"generation": 1}), ((True,), {}), ((False,), {})]:
    r = gc.collect(*args, **kwargs)
    print(args, kwargs, type(r).__name__, r >= 0)

def make_garbage(n):
    for i in range(n):
        a = Node(); b = Node(); a.b = b; b.a = a

gc.collect()
make_garbage(10)
print("found at least the 20 nodes:", gc.collect() >= 20)
make_garbage(3)
print("generation keyword finds them:", gc.collect(generation=2) >= 6)
for bad in [3, -1, 100]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, "ValueError", e)

# gc.get_stats(): one dict per generation with collections/collected/uncollectable, updated by collections
import gc

stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(type(s).__name__, sorted(s), all(type(v) is int and v >= 0 for v in s.values()))

before = gc.get_stats()
gc.collect()
after = gc.get_stats()
print("gen2 collections +1:", after[2]["collections"] - before[2]["collections"])

class Node:
    pass
a = Node(); b = Node(); a.b = b; b.a = a
del a, b
before = gc.get_stats()
gc.collect()
after = gc.get_stats()
print("collected counted:", after[2]["collected"] - before[2]["collected"] >= 2)
print("uncollectable unchanged:", after[2]["uncollectable"] == before[2]["uncollectable"])

before = gc.get_stats()
gc.collect(0)
after = gc.get_stats()
print("gen0 collections grew:", after[0]["collections"] > before[0]["collections"])
print("a fresh list each call:", gc.get_stats() is not gc.get_stats())

# gc.get_count(): a 3-tuple of non-negative ints; count 0 grows with live container allocations and resets on collection
import gc

c = gc.get_count()
print(type(c).__name__, len(c), all(type(x) is int and x >= 0 for x in c))
gc.collect()
before = gc.get_count()[0]
keep = [[i] for i in range(100)]
after = gc.get_count()[0]
print("grew by at least 100:", after - before >= 100)
gc.collect(0)
print("reset by collect(0):", gc.get_count()[0] < after, "count1 bumped:", gc.get_count()[1] >= 1)
gc.collect()
print("after full collect, counts 0 and 1 small:", gc.get_count()[0] < 100, gc.get_count()[1] == 0)

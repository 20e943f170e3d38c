# A full gc.collect() over a live heap of about 1,000,000 tracked objects (lists and
# instances that stay reachable), repeated a few times.
import gc


class Leaf:
    pass


def build(n):
    keep = []
    for i in range(n // 2):
        keep.append([Leaf()])
    return keep


heap = build(1_000_000)
total = 0
for _ in range(5):
    total += gc.collect()
print(len(heap), total)

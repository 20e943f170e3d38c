# A WeakKeyDictionary side table and a WeakSet registry over a pool of objects: updates and
# lookups for every object each round, while a tenth of the pool is replaced (old entries die).
import weakref


class Item:
    def __init__(self, n):
        self.n = n


def side_table(rounds):
    extra = weakref.WeakKeyDictionary()
    registry = weakref.WeakSet()
    pool = [Item(i) for i in range(1000)]
    total = 0
    for r in range(rounds):
        for o in pool:
            extra[o] = r
            registry.add(o)
        for o in pool:
            total += extra[o]
            if o in registry:
                total += 1
        for i in range(r % 10, 1000, 10):
            pool[i] = Item(i)
        total += len(extra) + len(registry)
    return total, len(extra), len(registry)


print(side_table(300))

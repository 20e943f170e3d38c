# WeakValueDictionary as a cache (hits, misses, expiring entries) and a WeakKeyDictionary side
# table with a WeakSet registry.
import weakref


class Item:
    def __init__(self, n):
        self.n = n


def value_cache(rounds):
    cache = weakref.WeakValueDictionary()
    keep = []
    hits = misses = 0
    for r in range(rounds):
        for k in range(200):
            item = cache.get(k)
            if item is None:
                misses += 1
                item = Item(k)
                cache[k] = item
            else:
                hits += 1
            if k % 4 == 0:
                keep.append(item)
        if len(keep) > 400:
            del keep[:200]  # entries expire as their last holders go
    return hits, misses, len(cache)


def side_table(rounds):
    extra = weakref.WeakKeyDictionary()
    registry = weakref.WeakSet()
    total = 0
    for r in range(rounds):
        objects = [Item(i) for i in range(100)]
        for o in objects:
            extra[o] = o.n * 2
            registry.add(o)
        for o in objects:
            total += extra[o]
            if o in registry:
                total += 1
        total += len(extra) + len(registry)
        del objects, o
    return total, len(extra), len(registry)


print(value_cache(3000))
print(side_table(3000))

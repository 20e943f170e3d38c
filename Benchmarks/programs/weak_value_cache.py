# A WeakValueDictionary used as a cache: hits, misses and entries that expire when the last
# strong holder lets go.
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
            if k in cache and cache[k] is item:
                hits += 1
        if len(keep) > 400:
            del keep[:200]  # entries expire as their last holders go
    return hits, misses, len(cache)


print(value_cache(4000))

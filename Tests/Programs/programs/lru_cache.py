class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("  evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z"), cache.get("z", "?"))
cache.put("d", "D")
print(cache, "b" in cache, "a" in cache)
cache.put("c", "CC")
cache.put("e", "E")
print(cache, len(cache))
print(cache.hits, cache.misses)


def memoize(maxsize=128):
    def decorator(fn):
        cache = LRUCache(maxsize)
        sentinel = object()

        def wrapper(*args):
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                cache.put(args, result)
            return result

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorator


@memoize(maxsize=1000)
def fib(n):
    "Fibonacci, memoized."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__, fib.__doc__)
print(fib.cache.hits, fib.cache.misses, len(fib.cache))


@memoize(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache)

d = {}
d["x"] = 1
d["y"] = 2
d["z"] = 3
d["x"] = 10
print(list(d))
del d["x"]
d["x"] = 100
print(list(d.items()))
print(d.popitem(), d)
d2 = dict(zip("abc", range(3)))
d2.update({"a": 9})
print(d2, list(d2.keys())[0])
try:
    LRUCache(0)
except ValueError as e:
    print(e)

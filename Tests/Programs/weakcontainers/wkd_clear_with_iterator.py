# WeakKeyDictionary clear() while an iterator is alive and keys are pending removal (bpo-21173): len never negative
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

keys = [Key(n) for n in "abcdefgh"]
d = weakref.WeakKeyDictionary((k, k.name) for k in keys)
it = iter(d.items())
print("first:", next(it))
del keys[4:]
print("four keys died under the iterator: len", len(d), "keyrefs", len(d.keyrefs()), "dead keyrefs", sum(1 for r in d.keyrefs() if r() is None))
d.clear()
print("after clear with the iterator alive: len", len(d), "keyrefs", len(d.keyrefs()))
try:
    print("resume:", next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration")
del it
print("after the iterator is gone: len", len(d), "keyrefs", len(d.keyrefs()))
print("refill:")
for k in keys:
    d[k] = k.name.upper()
it = iter(d)
next(it)
del keys[2:]
print("  len", len(d))
del d[keys[0]]
print("  after an explicit del: len", len(d))
d.pop(keys[1])
print("  after pop: len", len(d), "keyrefs", len(d.keyrefs()))
it = None
print("  iterator dropped: len", len(d), list(d.items()))

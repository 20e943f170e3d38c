# Mutating a WeakSet while iterating: add raises RuntimeError? discard? deaths are deferred
import weakref
class E:
    def __init__(self, n): self.n = n
es = [E(i) for i in range(4)]
s = weakref.WeakSet(es)
try:
    for x in s:
        s.add(E(100))
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s))
extra = E(50)
try:
    for x in s:
        s.add(extra)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s))
try:
    for x in s:
        s.discard(extra)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s))
del x
seen = 0
for x in s:
    seen += 1
    es.clear()
del x
print(seen >= 1, len(s))

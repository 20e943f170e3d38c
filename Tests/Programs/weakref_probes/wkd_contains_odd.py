# `in` with unhashable or non-weakrefable keys on weak containers
import weakref
class K: pass
k = K()
d = weakref.WeakKeyDictionary({k: 1})
for probe in [1, "s", None, (1, 2), k]:
    print(repr(probe) if probe is not k else "k", probe in d)
try:
    print([] in d)
except TypeError as e:
    print("TypeError", e)
for call in (lambda: d.get(1), lambda: d.get(1, "x"), lambda: d.get([])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
try:
    d[1]
except TypeError as e:
    print("TypeError", e)
except KeyError as e:
    print("KeyError", e)
try:
    d[1] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del d[1]
except TypeError as e:
    print("TypeError", e)
except KeyError as e:
    print("KeyError", e)
s = weakref.WeakSet([k])
print(1 in s, "x" in s, k in s)
try:
    print([] in s)
except TypeError as e:
    print("TypeError", e)
w = weakref.WeakValueDictionary({1: k})
print(1 in w, 2 in w)
try:
    print([] in w)
except TypeError as e:
    print("TypeError", e)

# WeakSet.pop: returns a live element, skips dead ones, KeyError('pop from empty WeakSet') on empty
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

elems = [Elem(n) for n in "abc"]
s = weakref.WeakSet(elems)
popped = []
while len(s):
    e = s.pop()
    popped.append(e.name)
    print("popped one, left", len(s))
print("popped:", sorted(popped))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e, repr(e))
s = weakref.WeakSet(elems)
del elems[1:]
print("after two died:", len(s), "pop:", s.pop().name)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.pop(0)
except TypeError as e:
    print("pop(0) TypeError:", e)

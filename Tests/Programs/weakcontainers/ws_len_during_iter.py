# WeakSet len() during iteration: set size minus pending removals; committed when the iteration ends
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

elems = [Elem(n) for n in "abcde"]
s = weakref.WeakSet(elems)
it = iter(s)
current = next(it)
print("len with an iterator alive:", len(s))
others = [e for e in elems if e is not current]
elems = others[:2] + [current]
del others, current
print("two died under the iterator; len:", len(s))
rest = list(it)
print("rest:", len(rest), "len after exhaustion:", len(s))
del rest
print("two iterators, one abandoned:")
it1 = iter(s)
it2 = iter(s)
x1 = next(it1)
x2 = next(it2)
print("  both start with the same element:", x1 is x2)
del x1, x2
elems.clear()
print("  len (the iterators hold one element):", len(s))
del it1
print("  dropping one: len", len(s))
del it2
print("  dropping both: len", len(s), list(s))

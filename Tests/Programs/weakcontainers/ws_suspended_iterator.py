# WeakSet: a suspended iterator keeps its current element alive; others die at once and are skipped
import weakref

dead = []

class Elem:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        dead.append(self.name)

elems = [Elem(n) for n in "abc"]
s = weakref.WeakSet(elems)
it = iter(s)
first = next(it)
name = first.name
del first
print("dropping every strong reference except the iterator's:")
elems.clear()
print("died at once:", len(dead), "the current one is not among them:", name not in dead)
print("len:", len(s))
print("resuming:")
rest = [e.name for e in it]
print("rest:", rest, "died:", len(dead), "now including the current one:", name in dead)
print("len after:", len(s))
print("abandoning a suspended iterator:")
dead.clear()
elems = [Elem("x")]
s.add(elems[0])
it = iter(s)
next(it)
elems.clear()
print("  len:", len(s), "dead:", dead)
it = None
print("  dead after dropping the iterator:", dead, "len:", len(s))

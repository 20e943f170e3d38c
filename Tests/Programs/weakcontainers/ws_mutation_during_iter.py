# WeakSet: add/discard/remove/clear while iterating raise RuntimeError (or not, when the set is unchanged)
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

elems = [Elem(n) for n in "abc"]
extra = Elem("extra")
s = weakref.WeakSet(elems)

def attempt(label, action):
    print(label)
    try:
        count = 0
        for e in s:
            count += 1
            action()
        print("  finished after", count)
    except RuntimeError as err:
        print("  RuntimeError:", err, "after", count)
    print("  now:", sorted(x.name for x in s))

attempt("add a new element:", lambda: s.add(extra))
attempt("discard it:", lambda: s.discard(extra))
attempt("add an element already present:", lambda: s.add(elems[0]))
attempt("discard a missing element:", lambda: s.discard(extra))
attempt("remove:", lambda: s.remove(elems[2]))
attempt("clear:", lambda: s.clear())

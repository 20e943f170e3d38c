# WeakValueDictionary: explicit mutation while iterating raises RuntimeError (insert, delete, pop, popitem)
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

objs = {n: Obj(n) for n in "abcd"}
extra = Obj("extra")
d = weakref.WeakValueDictionary(objs)

def attempt(label, view, action):
    print(label)
    try:
        for item in getattr(d, view)():
            if isinstance(item, weakref.ref):
                print("  visit ref to", item())
            else:
                print("  visit", item)
            action()
    except RuntimeError as e:
        print("  RuntimeError:", e)
    print("  now:", list(d.items()))

attempt("insert during items():", "items", lambda: d.__setitem__("x", extra))
attempt("delete during keys():", "keys", lambda: d.__delitem__("x"))
attempt("rebind an existing key during values():", "values", lambda: d.__setitem__("a", extra))
attempt("pop during items():", "items", lambda: d.pop("d"))
attempt("popitem during keys():", "keys", lambda: d.popitem())
attempt("setdefault of a missing key during values():", "values", lambda: d.setdefault("n", extra))
attempt("update during itervaluerefs():", "itervaluerefs", lambda: d.update(u=extra))

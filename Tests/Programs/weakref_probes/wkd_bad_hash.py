# Keys whose __hash__ raises, or that are unhashable: errors propagate from weak containers
import weakref
class Bad:
    def __hash__(self): raise RuntimeError("no hash for you")
class Unh:
    __hash__ = None
b, u = Bad(), Unh()
d = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
for label, op in [("d[b]=1", lambda: d.__setitem__(b, 1)), ("d[u]=1", lambda: d.__setitem__(u, 1)),
                  ("b in d", lambda: b in d), ("u in d", lambda: u in d), ("d.get(u)", lambda: d.get(u)),
                  ("s.add(b)", lambda: s.add(b)), ("s.add(u)", lambda: s.add(u)), ("u in s", lambda: u in s),
                  ("s.discard(u)", lambda: s.discard(u)), ("hash(ref(u))", lambda: hash(weakref.ref(u))),
                  ("hash(ref(b))", lambda: hash(weakref.ref(b))), ("WKD({u: 1})", lambda: weakref.WeakKeyDictionary({u: 1}))]:
    try:
        print(label, "->", op())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
print(len(d), len(s))

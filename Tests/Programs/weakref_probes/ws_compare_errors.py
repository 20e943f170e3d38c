# WeakSet comparisons/operators against non-iterables and iterables of non-weakrefable items: error types and messages
import weakref
class E: pass
e = E()
s = weakref.WeakSet([e])
for label, f in [("s < 5", lambda: s < 5), ("s <= 5", lambda: s <= 5), ("s > 5", lambda: s > 5), ("s >= 5", lambda: s >= 5),
                 ("s == 5", lambda: s == 5), ("s != 5", lambda: s != 5), ("s <= [1]", lambda: s <= [1]), ("s | 5", lambda: s | 5),
                 ("s & 5", lambda: s & 5), ("s - 5", lambda: s - 5), ("s ^ 5", lambda: s ^ 5), ("s - [1]", lambda: s - [1]),
                 ("s & [1]", lambda: s & [1]), ("s ^ [1]", lambda: s ^ [1]), ("s.isdisjoint(5)", lambda: s.isdisjoint(5)),
                 ("s.isdisjoint([1])", lambda: s.isdisjoint([1])), ("s == {e}", lambda: s == {e}),
                 ("5 | s", lambda: 5 | s), ("[e] == s", lambda: [e] == s), ("s in s2", lambda: s in weakref.WeakSet())]:
    try:
        r = f()
        print(label, "->", r if isinstance(r, bool) else sorted(type(x).__name__ for x in r))
    except Exception as ex:
        print(label, type(ex).__name__ + ":", ex)

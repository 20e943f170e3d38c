# The containers' methods are Python functions in CPython: their parameters can be passed by name, and unknown keywords are TypeErrors
import weakref
class O: pass
a = O()
d = weakref.WeakKeyDictionary({a: 1})
v = weakref.WeakValueDictionary({1: a})
s = weakref.WeakSet([a])
tests = [lambda: d.get(O(), default=5), lambda: len(weakref.WeakSet(data=[a])), lambda: s.clear(x=1),
         lambda: weakref.KeyedRef(a, None, key="k").key, lambda: s.add(item=a), lambda: d.pop(key=a) is a or "popped",
         lambda: v.get(key=1) is a, lambda: v.setdefault(2, default=a) is a, lambda: d.setdefault(key=a, default=3),
         lambda: s.union(other=[a]) == s, lambda: s.issubset(other=[a]), lambda: d.get(a, key=a),
         lambda: d.get(default=1), lambda: d.keys(x=1), lambda: len(v.copy()), lambda: d.__getitem__(key=a),
         lambda: weakref.finalize(a, print).detach(x=1), lambda: weakref.finalize(a, print).peek(1),
         lambda: d.update({a: 9}, extra=1)]
for t in tests:
    try:
        print(t())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

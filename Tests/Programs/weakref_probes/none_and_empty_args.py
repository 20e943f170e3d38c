# None/empty arguments accepted by the weak containers and their update methods
import weakref
class O: pass
o = O()
for label, f in [("WKD(None)", lambda: len(weakref.WeakKeyDictionary(None))),
                 ("WVD(None)", lambda: len(weakref.WeakValueDictionary(None))),
                 ("WeakSet(None)", lambda: len(weakref.WeakSet(None))),
                 ("WKD().update(None)", lambda: weakref.WeakKeyDictionary().update(None)),
                 ("WVD().update(None)", lambda: weakref.WeakValueDictionary().update(None)),
                 ("WVD().update(None, a=o)", lambda: (lambda w: (w.update(None, a=o), sorted(w))[1])(weakref.WeakValueDictionary())),
                 ("WeakSet().update(None)", lambda: weakref.WeakSet().update(None)),
                 ("WKD(())", lambda: len(weakref.WeakKeyDictionary(()))),
                 ("WKD('')", lambda: len(weakref.WeakKeyDictionary(""))),
                 ("WeakSet('')", lambda: len(weakref.WeakSet(""))),
                 ("WeakSet('ab')", lambda: len(weakref.WeakSet("ab"))),
                 ("WKD(iter([]))", lambda: len(weakref.WeakKeyDictionary(iter([])))),
                 ("WVD(zip('a', [o]))", lambda: sorted(weakref.WeakValueDictionary(zip("a", [o])))),
                 ("WKD |= None", lambda: weakref.WeakKeyDictionary().__ior__(None)),
                 ("WVD | None", lambda: weakref.WeakValueDictionary() | None)]:
    try:
        r = f()
        print(label, "->", r if isinstance(r, (int, list, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

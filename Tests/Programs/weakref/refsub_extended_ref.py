# The documented ExtendedRef subclass: annotations in __init__, a counting __call__
import weakref

class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super(ExtendedRef, self).__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        """Return a pair containing the referent and the number of
        times the reference has been called.
        """
        ob = super(ExtendedRef, self).__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Image(%r)" % self.name

img = Image("cat.png")
er = ExtendedRef(img, size=1024, owner="alice")
print("size:", er.size, "owner:", er.owner)
print("first call:", er())
print("second call:", er())
print("third call:", er())
print("counter attr:", er._ExtendedRef__counter)
print("isinstance ref:", isinstance(er, weakref.ref))
print("type name:", type(er).__name__)
print("callback:", er.__callback__)
print("sorted dict keys:", sorted(er.__dict__))

def cb(w):
    print("callback got ExtendedRef:", type(w).__name__, "call ->", w(), "tag:", w.tag)

er2 = ExtendedRef(img, cb, tag="second")
print("er2 callback is cb:", er2.__callback__ is cb)
print("er2():", er2())
print("er == er2 (referents equal):", er == er2)
print("hash equal:", hash(er) == hash(img))
del img
print("after death er():", er())
print("counter unchanged:", er._ExtendedRef__counter)

# the super() form with no arguments works too
class ShortRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.notes = annotations
s_target = Image("dog.png")
sr = ShortRef(s_target, None, a=1, b=2)
print("notes:", sorted(sr.notes.items()), "call:", sr())

# weakref docs, "Weak Reference Objects": ExtendedRef, a ref subclass that carries annotations and
# counts how often it has been called.
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


def gone(ref):
    print("callback: the", ref.kind, "image", ref.label, "is gone")


img = Image("sunset.png")
r = ExtendedRef(img, gone, label="sunset", kind="holiday")
print("annotations:", r.label, r.kind)
for _ in range(3):
    ob, count = r()
    print("called:", ob.name, count)
del ob
print("isinstance ref:", isinstance(r, weakref.ref), "same referent as ref():", weakref.ref(img)() is r()[0])
del img
print("after the image died:", r())

# KeyedRef.key is a __slots__ member: it can be deleted, after which reading it fails.
import weakref


class O:
    pass


o = O()
k = weakref.KeyedRef(o, None, "k")
print(k.key)
del k.key
try:
    print(k.key)
except AttributeError as e:
    print("AttributeError", e)
try:
    del k.key
except AttributeError as e:
    print("AttributeError", e)
k.key = 3
print(k.key, k() is o)
k.key = None
print(k.key)
del k.key
print(hasattr(k, "key"))

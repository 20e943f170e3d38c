# Uncaught TypeError from WeakKeyDictionary.get with an int key: traceback on stderr
import weakref
class K: pass
k = K()
d = weakref.WeakKeyDictionary({k: 1})
print("before")
d.get(1)

# WeakKeyDictionary.pop with too many arguments: the key's ref is made first, then dict.pop's message.
import weakref
class K: pass
k=K()
for args in [(k,1,2),(k,1,2,3)]:
    try: print(weakref.WeakKeyDictionary().pop(*args))
    except TypeError as e: print(e)
try: weakref.WeakKeyDictionary().pop(3, 1, 2)
except TypeError as e: print(e)

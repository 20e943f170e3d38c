# The KeyError from a weak container keeps a temporary key alive while the exception lives,
# as the frames of CPython's weakref.py in its traceback do.
import weakref


class T:
    def __init__(self, n):
        self.n = n


wk = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
for name, action in (("pop", lambda: wk.pop(T(1))), ("del", lambda: wk.__delitem__(T(2))),
                     ("getitem", lambda: wk[T(3)]), ("remove", lambda: ws.remove(T(4)))):
    try:
        action()
    except KeyError as e:
        ref = e.args[0]
        print(name, type(ref).__name__, ref().n, "to 'T'" in str(e))


def lookup():
    try:
        wk[T(5)]
    except KeyError as e:
        return e


error = lookup()
print(error.args[0]().n)
key = error.args[0]
del error
print(key() is None)

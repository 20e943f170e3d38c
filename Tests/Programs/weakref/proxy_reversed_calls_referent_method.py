# A proxy reverses through its referent's own __reversed__, with no sequence fallback.
import weakref
class S(str): pass
s = S('abc')
try:
    print(list(reversed(weakref.proxy(s))))
except AttributeError as e:
    print("AttributeError", e)
class L(list): pass
l = L([1, 2, 3])
print(list(reversed(weakref.proxy(l))))
class T:
    pass
t = T()
try:
    reversed(weakref.proxy(t))
except Exception as e:
    print(type(e).__name__, e)
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
r = R()
print(list(reversed(weakref.proxy(r))))

# WeakKeyDictionary: keys die while an items() iterator is suspended; resuming skips them, the end commits
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"
    def __del__(self):
        print("  __del__", self.name)

keys = {n: Key(n) for n in "abcde"}
d = weakref.WeakKeyDictionary((k, n) for n, k in keys.items())
it = iter(d.items())
k, v = next(it)
print("first:", k, v)
del k
print("killing a (the suspended generator still holds a as its current key):")
del keys["a"]
print("killing b and d:")
del keys["b"], keys["d"]
print("len:", len(d), "keyrefs:", len(d.keyrefs()))
print("next:", next(it))
print("killing c, the current key of the suspended generator:")
del keys["c"]
print("len:", len(d), "keyrefs:", len(d.keyrefs()))
print("resuming:")
print("rest:", list(it))
print("after exhaustion: len", len(d), "keyrefs", len(d.keyrefs()))
keys = {n: Key(n) for n in "xyz"}
d = weakref.WeakKeyDictionary((k, n) for n, k in keys.items())
it = iter(d)
current = next(it)
print("current key:", current)
del current
print("dropping the variable; the suspended generator still holds x:")
del keys["x"]
print("len:", len(d))
print("abandoning the iterator:")
it = None
print("len after abandoning:", len(d), "keyrefs", len(d.keyrefs()))
del keys
print("end")

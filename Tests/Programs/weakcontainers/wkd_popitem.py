# WeakKeyDictionary.popitem: last inserted first, skips nothing alive, KeyError on empty
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

keys = [Key(n) for n in "abcde"]
d = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d[k] = i
print(len(d))
print("popitem:", d.popitem())
print("popitem:", d.popitem())
print("remaining:", list(d.items()))
d[keys[0]] = "again"
print("after re-setting a:", list(d.items()))
print("popitem:", d.popitem())
while d:
    k, v = d.popitem()
    print("drain", k, v, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
    print("repr:", repr(e))
print("keys still alive:", keys)

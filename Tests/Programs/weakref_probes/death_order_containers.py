# Order in which elements die when their container is cleared or freed (list, tuple, dict, instance __dict__, WeakValueDictionary values)
import weakref
class O:
    def __init__(self, name): self.name = name
def watched(names):
    objs = [O(n) for n in names]
    for o in objs:
        weakref.finalize(o, print, "  died", o.name)
    return objs
print("list.clear()")
lst = watched("abc"); lst.clear()
print("del list")
lst = watched("abc"); del lst
print("list reassigned")
lst = watched("abc"); lst = None
print("tuple freed")
t = tuple(watched("abc")); del t
print("dict.clear()")
d = dict(zip("xyz", watched("abc"))); d.clear()
print("dict freed")
d = dict(zip("xyz", watched("abc"))); del d
print("instance dict freed")
class Holder: pass
h = Holder()
h.p, h.q, h.r = watched("abc")
del h
print("nested list freed")
n = [watched("ab"), watched("cd")]; del n
print("set of one freed")
s = {watched("a")[0]}; del s
print("locals at function return")
def f():
    a, b, c = watched("abc")
    return None
f()
print("end")

# Dropped refs leave the list; refs of a dead object stay dead
import weakref

class C:
    def __init__(self, name):
        self.name = name

def cb(w):
    print("cb; getweakrefs of survivor:", len(weakref.getweakrefs(survivor)))

survivor = C("survivor")
doomed = C("doomed")
refs = [weakref.ref(doomed, cb), weakref.ref(doomed, cb), weakref.ref(survivor, cb)]
print("doomed count:", weakref.getweakrefcount(doomed))
print("survivor count:", weakref.getweakrefcount(survivor))
del doomed
print("refs alive:", [r() is not None for r in refs])
print("survivor count:", weakref.getweakrefcount(survivor))
refs.pop()
print("survivor count after dropping its ref:", weakref.getweakrefcount(survivor))

# getweakrefs keeps returned refs alive
tmp = weakref.getweakrefs(survivor)
print("len:", len(tmp))
x = weakref.ref(survivor, cb)
lst = weakref.getweakrefs(survivor)
del x
print("still listed (held by lst):", weakref.getweakrefcount(survivor), len(lst))
del lst
print("after releasing lst:", weakref.getweakrefcount(survivor))

# inside a callback the dying object's refs are already detached
def inspect(w):
    print("callback: w() is None:", w() is None)
    print("callback: other refs dead:", [r() for r in holders])

target = C("t")
holders = [weakref.ref(target, inspect), weakref.ref(target)]
del target
print("end")

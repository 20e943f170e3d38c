# Python subclasses of list, dict, set, str, float, frozenset can be weakly referenced
import weakref

class MyList(list):
    pass
class MyDict(dict):
    pass
class MySet(set):
    pass
class MyStr(str):
    pass
class MyFloat(float):
    pass
class MyFrozen(frozenset):
    pass
class MyException(Exception):
    pass

def cb(w):
    for r, name in names:
        if r is w:
            print("  callback for", name)

names = []
objs = [MyList([1, 2]), MyDict(a=1), MySet("ab"), MyStr("xyz"), MyFloat(1.5),
        MyFrozen([3]), MyException("e")]
refs = []
for o in objs:
    r = weakref.ref(o, cb)
    names.append((r, type(o).__name__))
    refs.append(r)
    print(type(o).__name__, "referent is o:", r() is o)
del o, r

print("list contents:", refs[0]())
print("dict contents:", refs[1]())
print("set contents:", sorted(refs[2]()))
print("str upper:", refs[3]().upper())
print("float plus one:", refs[4]() + 1)
print("frozenset:", sorted(refs[5]()))
print("exception args:", refs[6]().args)

# mutation through the ref is visible in the original
refs[0]().append(3)
print("mutated list:", objs[0])
refs[1]()["b"] = 2
print("mutated dict:", sorted(objs[1].items()))

print("dropping objects one by one, last first")
while objs:
    objs.pop()
print("all dead:", [r() for r in refs])

# getweakrefcount/getweakrefs on objects that cannot be weakly referenced: 0 and []
import weakref

class IntSub(int):
    pass

values = [1, "text", (1, 2), [1], {"a": 1}, None, True, 2.5, object(),
          range(3), IntSub(4)]
for v in values:
    print(type(v).__name__, weakref.getweakrefcount(v), weakref.getweakrefs(v))

class C:
    pass
o = C()
r = weakref.ref(o)
print("a ref itself:", weakref.getweakrefcount(r), weakref.getweakrefs(r))
p = weakref.proxy(o)
print("a proxy (forwards nothing):", weakref.getweakrefcount(p), weakref.getweakrefs(p))
print("referent:", weakref.getweakrefcount(o))

# referenceable but unreferenced objects also give 0 and []
print("fresh instance:", weakref.getweakrefcount(C()), weakref.getweakrefs(C()))
def f():
    pass
print("function:", weakref.getweakrefcount(f), weakref.getweakrefs(f))

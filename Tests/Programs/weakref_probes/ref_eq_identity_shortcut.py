# ref equality calls the referent's __eq__ even when both refs point to the same object (no identity shortcut)
import weakref
class Never:
    def __eq__(self, o):
        print("Never.__eq__ called")
        return False
    __hash__ = object.__hash__
n = Never()
r1 = weakref.ref(n)
r2 = weakref.ref(n, lambda w: None)
print(r1 is r2)
print(r1 == r2)
print(r1 != r2)
print(r1 == r1)
# (membership of r2 in a set holding r1 is left out: how often a probe meets r1 depends on addresses)
d = weakref.WeakKeyDictionary({n: 1})
print(n in d)
ws = weakref.WeakSet([n])
print(n in ws)

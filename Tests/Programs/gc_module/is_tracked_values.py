# gc.is_tracked: atoms and atom-only dicts are untracked; containers, instances, functions, classes are tracked
import gc

class C:
    def m(self):
        pass
def f():
    pass
def g():
    yield 1

atoms = [0, 10**30, 1.5, "a", None, True, Ellipsis]
print("atoms:", [gc.is_tracked(x) for x in atoms])
print("empty list/set/dict:", gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked({}))
print("atom dict:", gc.is_tracked({"a": 1, "b": "x"}))
print("dict holding a list:", gc.is_tracked({"a": []}))
print("instance, class, function:", gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(f))
print("bound method, lambda, generator:", gc.is_tracked(C().m), gc.is_tracked(lambda: 0), gc.is_tracked(g()))
print("list of atoms:", gc.is_tracked([1, 2, "x"]))
print("tuple holding a list:", gc.is_tracked(([],)))

d = {"k": 1}
print("dict before:", gc.is_tracked(d))
d["l"] = [1]
print("dict after storing a list:", gc.is_tracked(d))
e = {}
e["inst"] = C()
print("dict after storing an instance:", gc.is_tracked(e))

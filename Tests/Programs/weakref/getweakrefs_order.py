# getweakrefs lists the canonical ref, the canonical proxy, then the others newest first
import weakref

class C:
    pass

def cb_a(w): pass
def cb_b(w): pass
def cb_c(w): pass

def describe(lst, names):
    out = []
    for x in lst:
        for name, obj in names:
            if x is obj:
                out.append(name)
                break
        else:
            out.append("?")
    return out

o = C()
r1 = weakref.ref(o, cb_a)
p1 = weakref.proxy(o, cb_b)
canon_p = weakref.proxy(o)
r2 = weakref.ref(o, cb_c)
canon_r = weakref.ref(o)
r3 = weakref.ref(o, cb_a)
names = [("r1", r1), ("p1", p1), ("canon_p", canon_p), ("r2", r2),
         ("canon_r", canon_r), ("r3", r3)]
print(describe(weakref.getweakrefs(o), names))
print("count:", weakref.getweakrefcount(o))

del canon_r
names = [n for n in names if n[0] != "canon_r"]
print("without canonical ref:", describe(weakref.getweakrefs(o), names))
del canon_p
names = [n for n in names if n[0] != "canon_p"]
print("without canonical proxy:", describe(weakref.getweakrefs(o), names))
canon_r = weakref.ref(o)
names.append(("canon_r", canon_r))
print("canonical ref back in front:", describe(weakref.getweakrefs(o), names))
del r2
names = [n for n in names if n[0] != "r2"]
print("r2 removed:", describe(weakref.getweakrefs(o), names))

# the returned list is a new list each time
l1 = weakref.getweakrefs(o)
l2 = weakref.getweakrefs(o)
print("new list:", l1 is not l2, l1 == l2, type(l1).__name__)
l1.clear()
print("clearing the copy changes nothing:", weakref.getweakrefcount(o))

# the only-proxy case: canonical proxy first
q = C()
qa = weakref.proxy(q, cb_a)
qp = weakref.proxy(q)
qb = weakref.ref(q, cb_b)
print(describe(weakref.getweakrefs(q), [("qa", qa), ("qp", qp), ("qb", qb)]))

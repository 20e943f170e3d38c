# Weak references to functions, lambdas and bound methods die with them
import weakref

def cb(w):
    print("  callback:", w.tag)

class TagRef(weakref.ref):
    pass

def track(obj, tag):
    r = TagRef(obj, cb)
    r.tag = tag
    return r

def top_level():
    return "top"
r1 = track(top_level, "top_level function")
print("call via ref:", r1()())
alias = top_level
del top_level
print("alias keeps it:", r1() is alias)
alias = None
print("after alias dropped:", r1())

lam = lambda: "lam"
r2 = track(lam, "lambda")
lam = "rebound"
print("lambda dead:", r2())

class K:
    def meth(self):
        return "meth"
k = K()
bm = k.meth
r3 = track(bm, "bound method")
print("bound method alive:", r3()())
bm2 = k.meth
print("a new bound method is not the tracked one:", r3() is bm2)
del bm
print("tracked bound method dead, object alive:", r3(), k.meth())

def factory():
    def inner():
        return "inner"
    return inner
made = factory()
r4 = track(made, "nested function")
funcs = {"made": made}
del made
print("held by dict:", r4()())
funcs.clear()
print("end")

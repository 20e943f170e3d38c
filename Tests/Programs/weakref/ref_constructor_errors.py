# Argument errors of ref(), proxy() and of calling a ref
import weakref

class C:
    pass

o = C()
r = weakref.ref(o)

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", type(result).__name__)
    except TypeError as e:
        print(label, "-> TypeError:", e)

attempt("ref()", lambda: weakref.ref())
attempt("ref(o, None, None)", lambda: weakref.ref(o, None, None))
attempt("ref(o, callback=None)", lambda: weakref.ref(o, callback=None))
attempt("ref(ob=o)", lambda: weakref.ref(ob=o))
attempt("ref(o, None)", lambda: weakref.ref(o, None))
attempt("r(1)", lambda: r(1))
attempt("r(1, 2)", lambda: r(1, 2))
attempt("r(x=1)", lambda: r(x=1))
attempt("r()", lambda: r())
attempt("proxy()", lambda: weakref.proxy())
attempt("proxy(o, None, None)", lambda: weakref.proxy(o, None, None))
attempt("proxy(o, callback=None)", lambda: weakref.proxy(o, callback=None))
attempt("getweakrefcount()", lambda: weakref.getweakrefcount())
attempt("getweakrefcount(o, o)", lambda: weakref.getweakrefcount(o, o))
attempt("getweakrefs()", lambda: weakref.getweakrefs())
attempt("getweakrefs(o, o)", lambda: weakref.getweakrefs(o, o))
attempt("WeakMethod()", lambda: weakref.WeakMethod())

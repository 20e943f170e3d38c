# TypeError messages for bad calls, exactly as CPython words them
def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b, c):
    pass
def fd(a, b=1):
    pass
def fk(a, *, k):
    pass
def fk2(*, k1, k2, k3=0):
    pass
def fp(a, b, /, c):
    pass
def try_call(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)
try_call("f0(1)", lambda: f0(1))
try_call("f0(1,2)", lambda: f0(1, 2))
try_call("f1()", lambda: f1())
try_call("f1(1,2)", lambda: f1(1, 2))
try_call("f2()", lambda: f2())
try_call("f2(1)", lambda: f2(1))
try_call("f3()", lambda: f3())
try_call("f3(1)", lambda: f3(1))
try_call("f2(1,2,3)", lambda: f2(1, 2, 3))
try_call("fd()", lambda: fd())
try_call("fd(1,2,3)", lambda: fd(1, 2, 3))
try_call("fd(1,2,3,4)", lambda: fd(1, 2, 3, 4))
try_call("f1(b=1)", lambda: f1(b=1))
try_call("f1(1,a=1)", lambda: f1(1, a=1))
try_call("f2(1,a=2)", lambda: f2(1, a=2))
try_call("f1(a=1,z=2)", lambda: f1(a=1, z=2))
try_call("fk(1)", lambda: fk(1))
try_call("fk(1,2)", lambda: fk(1, 2))
try_call("fk(1,2,k=3)", lambda: fk(1, 2, k=3))
try_call("fk2()", lambda: fk2())
try_call("fk2(k1=1)", lambda: fk2(k1=1))
try_call("fk2(1)", lambda: fk2(1))
try_call("fp(a=1,b=2,c=3)", lambda: fp(a=1, b=2, c=3))
try_call("fp(1,b=2,c=3)", lambda: fp(1, b=2, c=3))
try_call("fp(1,2)", lambda: fp(1, 2))
try_call("fp(1,2,3)", lambda: fp(1, 2, 3))
class C:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def cm(cls, y):
        pass
try_call("C().m()", lambda: C().m())
try_call("C().m(1,2)", lambda: C().m(1, 2))
try_call("C.m(1)", lambda: C.m(1))
try_call("C.s(1)", lambda: C.s(1))
try_call("C.cm()", lambda: C.cm())
try_call("C(1)", lambda: C(1))
def outer():
    def inner(q):
        pass
    return inner
try_call("inner()", lambda: outer()())
try_call("lambda", lambda: (lambda x: x)())

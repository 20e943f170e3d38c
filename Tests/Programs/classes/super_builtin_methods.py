class E(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.extra = 1
        return obj
    def __init__(self, *args):
        super().__init__(*args)
    def __str__(self):
        return "E:" + super().__str__()
    def __repr__(self):
        return "r" + super().__repr__()
e = E(1, 2)
print(e, repr(e), e.args, e.extra)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Sub(Base, flag=1):
    pass
class L(list):
    def append(self, x):
        super().append(x * 2)
    def __len__(self):
        return super().__len__() + 100
l = L(); l.append(3); print(l, len(l))
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def get(self, k, d=None):
        return ("get", super().get(k, d))
d = D(a=1); print(d["a"], d.get("a"), d.get("zz", 5))
class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(S("ab").upper())
try:
    class X:
        def f(self):
            return super().nonexistent()
    X().f()
except AttributeError as ex:
    print("AttributeError", ex)

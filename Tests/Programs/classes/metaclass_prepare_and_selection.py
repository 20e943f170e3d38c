# The metaclass a class statement uses: the explicit one or the first base's type, then the
# most derived of it and the bases' types; its __prepare__ makes the namespace the body runs in.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=1):
    z = 1
    a = 2

    def m(self):
        pass


print(A.order, type(A).__name__)


class B(A):
    y = 3


print(B.order, type(B).__name__)


class PlainPrepare(type):
    def __prepare__(name, bases):
        print("plain prepare", name)
        return {"injected": 99}


class C(metaclass=PlainPrepare):
    pass


print(C.injected)


class Sub(Meta):
    pass


class D(metaclass=Sub):
    pass


class E(D, A):
    pass


print(type(E).__name__)


class Other(type):
    pass


class F(metaclass=Other):
    pass


try:
    class G(A, F):
        pass
except TypeError as e:
    print("TypeError:", e)


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class H(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", str(e).split(" must")[0])
print(type.__prepare__("X", ()) if hasattr(type, "__prepare__") else "no type.__prepare__")

class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__secret()

    def __secret(self):
        self._touched = True

    @classmethod
    def count(cls):
        return cls.__count

    def owner(self):
        return self.__owner

    def __dunder__(self):
        return "not mangled"


a = Account("ann")
print(a.owner(), Account.count(), a._Account__owner, sorted(vars(a)), a.__dunder__())
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "_Account__secret"), "_Account__count" in Account.__dict__)


class Child(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "child-" + owner

    def both(self):
        return self.__owner, self._Account__owner


c = Child("bob")
print(c.both(), sorted(k for k in vars(c)))


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access to {name} denied")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        self.log.append(f"missing {name}")
        return f"<default {name}>"

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        if name == "protected":
            raise AttributeError("cannot delete protected")
        object.__delattr__(self, name)


r = Recorder()
r.x = 1
print(r.x, r.y, getattr(r, "z"), hasattr(r, "anything"))
r.secret_key = 5
print(r.secret_key, r.log[-1])
del r.x
try:
    del r.protected
except AttributeError as e:
    print("AttributeError:", e)
print(r.x)
print(r.log)


class Lazy:
    def __getattr__(self, name):
        if name == "computed":
            value = 42
            setattr(self, name, value)
            print("computed once")
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


lz = Lazy()
print(lz.computed, lz.computed, "computed" in lz.__dict__)
try:
    lz.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(lz, "other", "fallback"))


class Frozen:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name):
        raise AttributeError("no deleting")

    def __repr__(self):
        return f"Frozen({self.a}, {self.b})"


fz = Frozen(1, 2)
for action in (lambda: setattr(fz, "a", 5), lambda: delattr(fz, "a"), lambda: setattr(fz, "c", 1)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(fz, hasattr(fz, "__dict__"), Frozen.__slots__)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args, **kwargs):
                print(f"calling {name}{args}")
                return attr(*args, **kwargs)
            return wrapped
        return attr


pl = Proxy([3, 1, 2])
pl.append(0)
pl.sort()
print(pl._target, pl.count(1))
try:
    pl.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(3, "real", 4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(a, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(a, "dynamic", [1])
print(getattr(a, "dynamic"), delattr(a, "dynamic"), hasattr(a, "dynamic"))
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)

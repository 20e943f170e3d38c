# __getattr__ and __getattribute__
class Fallback:
    existing = "class attribute"
    def __init__(self):
        self.inst = "instance attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no attribute " + repr(name))
f = Fallback()
print(f.existing)
print(f.inst)
print(f.auto_hello)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "missing", "default"))
print(hasattr(f, "auto_x"), hasattr(f, "nope"))
class Everything:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        if name == "virtual":
            return "computed"
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"
e = Everything()
print(e.real)
print(e.virtual)
print(e.method())
try:
    e.absent
except AttributeError as err:
    print(type(err).__name__, err)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "blocked":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
b = Both()
print(b.blocked, b.other)

# Proxy delegating to another object
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
try:
    p.nonexistent
except AttributeError as err:
    print(type(err).__name__, err)

# Special methods are looked up on the type, bypassing __getattr__
class NoLen:
    def __getattr__(self, name):
        return lambda: 42
n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as err:
    print(type(err).__name__, err)

# __setattr__ and __delattr__
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("  del", name)
        object.__delattr__(self, name)
x = Logged()
x.b = 2
x.a += 10
setattr(x, "c", 3)
print(x.__dict__)
del x.b
delattr(x, "c")
print(x.__dict__)
try:
    del x.zzz
except AttributeError as e:
    print(type(e).__name__, e)

# Read-only / frozen object
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: object is frozen" % name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete %r: object is frozen" % name)
fr = Frozen(x=1, y=2)
print(fr.x, fr.y)
for action in ("set", "del"):
    try:
        if action == "set":
            fr.x = 5
        else:
            del fr.y
    except AttributeError as e:
        print(type(e).__name__, e)
print(fr.x, fr.y)

# Validating setter
class Positive:
    def __setattr__(self, name, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError("%s must be positive, got %r" % (name, value))
        super().__setattr__(name, value)
p = Positive()
p.w = 3
try:
    p.h = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.h = "tall"
except ValueError as e:
    print(type(e).__name__, e)
print(p.__dict__)

# Storing into __dict__ directly bypasses __setattr__
class Counting:
    sets = 0
    def __setattr__(self, name, value):
        Counting.sets += 1
        self.__dict__[name] = value
c = Counting()
c.a = 1
c.b = 2
c.__dict__["c"] = 3
print(Counting.sets, c.__dict__)

# Setting attributes on builtins fails
for target in (1, "s", [], object()):
    try:
        target.attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)

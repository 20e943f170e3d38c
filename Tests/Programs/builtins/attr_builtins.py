# getattr, setattr, hasattr, delattr
class Obj:
    cls_value = "class"
    def __init__(self):
        self.x = 1
    def method(self):
        return "method called"

o = Obj()
print(getattr(o, "x"), getattr(o, "cls_value"), getattr(o, "method")())
print(getattr(o, "missing", None), getattr(o, "missing", "fallback"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)

print(hasattr(o, "x"), hasattr(o, "cls_value"), hasattr(o, "method"), hasattr(o, "nope"))
print(hasattr(Obj, "x"), hasattr(Obj, "method"), hasattr(5, "real"), hasattr("s", "upper"))

setattr(o, "y", 2)
setattr(o, "x", 10)
setattr(o, "with space", 3)
print(o.y, o.x, getattr(o, "with space"), sorted(vars(o)))
setattr(Obj, "new_class_attr", "added")
print(o.new_class_attr, Obj().new_class_attr)

delattr(o, "y")
print(hasattr(o, "y"))
try:
    delattr(o, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "cls_value")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(Obj, "new_class_attr")
print(hasattr(o, "new_class_attr"))

# Name must be a string
for fn, args in [(getattr, (o, 1)), (setattr, (o, 1, 2)), (hasattr, (o, None)), (delattr, (o, 3.5))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

# Argument count errors
try:
    getattr(o)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, "a")
except TypeError as e:
    print(type(e).__name__, e)

# Dynamic dispatch by name
class Calc:
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b
c = Calc()
for name in ["add", "mul", "sub"]:
    fn = getattr(c, "op_" + name, None)
    print(name, fn(6, 7) if fn else "unsupported")

# getattr on modules and builtin types
import math
print(getattr(math, "pi") == math.pi, getattr(str, "join")("-", "ab"), getattr(int, "from_bytes") is not None)
print(getattr(getattr(o, "method"), "__name__"))

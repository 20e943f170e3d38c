# Instances and their __dict__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.__dict__)
p.z = 3
print(p.__dict__)
print(vars(p) is p.__dict__)
p.__dict__["w"] = 4
print(p.w, sorted(p.__dict__))
del p.x
print(p.__dict__)
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)

# Instances are independent
q = Point(5, 6)
print(q.__dict__, p.__dict__ is q.__dict__)

# getattr / setattr / hasattr with dynamic names
for name in ["x", "y", "nope"]:
    print(name, hasattr(q, name), getattr(q, name, "default"))
setattr(q, "dynamic name", 7)
print(getattr(q, "dynamic name"), list(q.__dict__))

# Replacing __dict__ entirely
q.__dict__ = {"only": 1}
print(q.only, hasattr(q, "x"))
try:
    q.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# Class __dict__ is a mappingproxy
print(type(Point.__dict__).__name__)
print("__init__" in Point.__dict__, "x" in Point.__dict__)
try:
    Point.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)

# Empty class
class Empty:
    pass
e = Empty()
print(e.__dict__)
e.a = [1]
e.a.append(2)
print(e.a, type(e).__name__, e.__class__ is Empty)

# Attribute on class vs instance
print(hasattr(Empty, "a"), hasattr(e, "a"))
try:
    Empty.a
except AttributeError as err:
    print(type(err).__name__, err)

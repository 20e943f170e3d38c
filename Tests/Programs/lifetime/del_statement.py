# __del__ runs as soon as the last reference disappears (del statement)
class Res:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)

a = Res("a")
print("before del a")
del a
print("after del a")

b = Res("b")
b2 = b
print("two names for b")
del b
print("deleted first name")
del b2
print("deleted second name")

# del of several names at once: each released in order
x, y, z = Res("x"), Res("y"), Res("z")
del y, x
print("x and y gone")
del z
print("z gone")

# Object held by a list and a name
c = Res("c")
holder = [c]
del c
print("c still in list")
del holder
print("list deleted")

# Object held as attribute of another object
class Box:
    def __init__(self, content):
        self.content = content
    def __del__(self):
        print("del Box holding", self.content.name)

box = Box(Res("inner"))
print("box created")
del box
print("box gone")

# del of an attribute
box2 = Box(Res("attr"))
box2.content = Res("replacement")
print("replaced attr")
del box2.content
print("deleted attr")
box2.content = Res("last")
del box2
print("end")

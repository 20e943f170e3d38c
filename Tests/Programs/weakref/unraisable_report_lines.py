# "Exception ignored" reports for a callback that is not callable name the statement that
# dropped the object: del of a local or global, rebinding a global, del of an item or attribute
import sys
import weakref

THIS_FILE = __file__

class Scrubbed:
    def write(self, text):
        sys.stdout.write(text.replace(THIS_FILE, "FILE"))
        return len(text)
    def flush(self):
        pass

sys.stderr = Scrubbed()

class C:
    pass

o = C()
r1 = weakref.ref(o, 42)
x = 1
del o
print("after del of a global")

def local_del():
    a = C()
    r = weakref.ref(a, "text")
    y = 2
    del a
    return r

local_del()
print("after del of a local")

g = C()
r2 = weakref.ref(g, 3.5)
z = 3
g = None
print("after rebinding a global")

holder = {"k": C()}
r3 = weakref.ref(holder["k"], [1])
w = 4
del holder["k"]
print("after del of an item")

class Box:
    pass
box = Box()
box.item = C()
r4 = weakref.ref(box.item, (2,))
v = 5
del box.item
print("after del of an attribute")

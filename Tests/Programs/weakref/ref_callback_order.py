# Callbacks of several refs to one object run newest first
import weakref

class C:
    pass

def make_cb(tag):
    def cb(w):
        print("callback", tag)
    return cb

o = C()
refs = []
for i in range(5):
    refs.append(weakref.ref(o, make_cb(i)))
plain = weakref.ref(o)
print("deleting")
del o
print("deleted")

# interleaving refs and proxies
o = C()
a = weakref.ref(o, make_cb("ref-1"))
b = weakref.proxy(o, make_cb("proxy-2"))
c = weakref.ref(o, make_cb("ref-3"))
d = weakref.proxy(o, make_cb("proxy-4"))
o = None
print("second batch done")

# a ref dropped before its referent does not fire; the others keep their order
o = C()
k1 = weakref.ref(o, make_cb("keep-1"))
drop = weakref.ref(o, make_cb("dropped"))
k2 = weakref.ref(o, make_cb("keep-2"))
del drop
del o
print("third batch done")

# two objects dying from one list: each object's callbacks run newest first
x = C()
y = C()
rx1 = weakref.ref(x, make_cb("x1"))
rx2 = weakref.ref(x, make_cb("x2"))
ry1 = weakref.ref(y, make_cb("y1"))
ry2 = weakref.ref(y, make_cb("y2"))
pair = [x, y]
del x, y
print("clearing list")
pair.clear()
print("end")

# A finalizer whose func is a bound method of its own object keeps the object alive: it fires only at exit
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self, why):
        print("close", self.name, "-", why)

def report(tag):
    print("finalizer", tag)

r = Resource("self-referencing")
f = weakref.finalize(r, r.close, "at exit")
wr = weakref.ref(r)
del r
print("after del r the object is still alive:", wr() is not None, f.alive)
print("peek shows the object:", f.peek()[0].name)
s = Resource("normal")
g = weakref.finalize(s, report, "normal")
del s
print("the normal one already fired:", g.alive)
t = Resource("detached")
h = weakref.finalize(t, t.close, "never")
obj, func, args, kwargs = h.detach()
del obj, func, t
print("detaching released the object:", h.alive)
print("main code finished")

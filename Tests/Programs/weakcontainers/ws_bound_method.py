# WeakSet of bound methods (temporaries vanish at once), functions, classes and builtins
import weakref

class Thing:
    def method(self):
        return "method"

t = Thing()
s = weakref.WeakSet()
s.add(t.method)
print("bound method added:", len(s), t.method in s)
m = t.method
s.add(m)
print("held bound method:", len(s), m in s, t.method in s)
del m
print("after del m:", len(s))
s = weakref.WeakSet([t.method, t.method])
print("constructed from temporaries:", len(s))

def f():
    pass

s.add(f)
s.add(Thing)
s.add(len)
s.add(lambda: 0)
print("function, class, builtin, temporary lambda:", len(s), f in s, Thing in s, len in s)
del f
print("after del f:", len(s))

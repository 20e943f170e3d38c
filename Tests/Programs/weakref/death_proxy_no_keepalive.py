# Proxies never keep their referent alive; a proxy outliving its referent is dead
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

o = C("o")
p = weakref.proxy(o)
holder = [p, weakref.proxy(o, lambda w: print("proxy callback"))]
print("via proxy:", p.name)
print("dropping the only strong reference")
o = None
try:
    print(p.name)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    print(holder[1].name)
except ReferenceError as e:
    print("ReferenceError (callback proxy):", e)

# a proxy stored as an attribute of another object does not keep it alive
class Parent:
    def __init__(self):
        self.child = Child(weakref.proxy(self))
    def __del__(self):
        print("Parent.__del__")
class Child:
    def __init__(self, parent):
        self.parent = parent
    def parent_name(self):
        return type(self.parent).__name__ if self.parent else "?"
    def __del__(self):
        print("Child.__del__")
par = Parent()
print("child sees parent through proxy:", par.child.parent.child is par.child)
kid = par.child
print("dropping parent")
del par
try:
    kid.parent.child
except ReferenceError as e:
    print("child's proxy is dead:", e)
del kid
print("end")

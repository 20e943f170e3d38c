# The class statement: body execution, namespace, metadata
print("before class")

class Demo:
    "Demo docstring"
    print("executing class body")
    a = 1
    b = a + 1
    for i in range(3):
        b += i
    del i
    if b > 3:
        big = True
    else:
        small = True
    def method(self):
        return "method"
    print("end of class body, local names:", sorted(k for k in dir() if not k.startswith("__")))

print("after class")
print(Demo.__name__, Demo.__qualname__, Demo.__module__, Demo.__doc__)
print(Demo.a, Demo.b, hasattr(Demo, "big"), hasattr(Demo, "small"), hasattr(Demo, "i"))

# Nested classes
class Outer:
    class Inner:
        class Deepest:
            pass
    def make(self):
        return self.Inner()

print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(type(Outer().make()).__name__)

# Class defined inside a function
def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size
    return Local

L1 = factory(1)
L2 = factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)

# Class without docstring
class NoDoc:
    pass
print(NoDoc.__doc__, NoDoc.__bases__ == (object,))

# Class body sees module globals
counter = 100
class UsesGlobal:
    value = counter + 1
print(UsesGlobal.value)

# Classes are objects: can be stored, passed, compared
classes = [Demo, Outer, NoDoc]
print([c.__name__ for c in classes])
print(Demo == Demo, Demo is not Outer)

# Redefining a class creates a new class object
class Redef:
    v = 1
first = Redef
class Redef:
    v = 2
print(first.v, Redef.v, first is Redef)

# Class attributes with dunder names
print("__dict__" in dir(Demo), "method" in Demo.__dict__)
print(sorted(k for k in Demo.__dict__ if not k.startswith("__")))

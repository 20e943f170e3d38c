# Bound methods: creation, identity, equality
class A:
    def __init__(self, v):
        self.v = v
    def f(self):
        return self.v
    def add(self, n):
        return self.v + n

a = A(10)
b = A(10)
print(a.f is a.f)
print(a.f == a.f)
print(a.f == b.f)
print(a.f.__self__ is a, a.f.__func__ is A.f, A.f is A.f)
print(type(a.f).__name__, type(A.f).__name__)
print(a.f.__name__, a.f.__qualname__)

m = a.f
a.v = 99
print(m())
m2 = b.add
print(m2(5), list(map(a.add, [1, 2, 3])))

# Calling through the class passes self explicitly
print(A.f(a), A.add(b, 1))

# Storing a bound method keeps the instance
class Holder:
    pass
h = Holder()
h.callback = A(7).f
print(h.callback())

# Functions stored on instances do NOT bind
def free(x="no self"):
    return x
a.free = free
print(a.free())
A.free_on_class = free
print(b.free_on_class() is b)

# Methods of builtins
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, app.__name__)
print([].append == [].append, lst.append == lst.append)
print(lst.sort is lst.sort)

# Bound methods as dict keys work via equality/hash
calls = {a.f: "a.f"}
print(calls[a.f])

# Method attribute lookup errors
try:
    a.f.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

# __call__ on a bound method object, and method of a method
print(a.add.__call__(1))

# Rebinding __func__ to another instance via descriptor protocol
bound_to_b = A.f.__get__(b)
print(bound_to_b(), bound_to_b.__self__ is b)
print(A.__dict__["f"].__get__(None, A) is A.__dict__["f"])

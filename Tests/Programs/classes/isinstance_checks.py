# isinstance / issubclass with classes and tuples
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__,
          isinstance(o, A), isinstance(o, B), isinstance(o, C),
          isinstance(o, (B, C)), isinstance(o, ()))

print(issubclass(D, (C,)), issubclass(A, (B, C)), issubclass(B, (C, (A,))))
print(issubclass(D, object), issubclass(object, D), issubclass(A, A))

# Nested tuples are allowed
print(isinstance(3, (str, (list, (int,)))))

# Builtin types
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1.0, int), isinstance(1, float), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, (list, tuple)))
print(isinstance("s", object), isinstance(A, object), isinstance(A, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))

# Errors
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, "str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 1))
    print("short-circuited: int matched first")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance("x", (int, 1))
except TypeError as e:
    print(type(e).__name__, e)

# Exceptions
print(isinstance(KeyError(), LookupError), issubclass(KeyError, (TypeError, LookupError)))

# type() vs isinstance()
b = B()
print(type(b) == A, isinstance(b, A))

# Checking against a class created later via type()
E = type("E", (D,), {})
print(isinstance(E(), (A,)), issubclass(E, C), [k.__name__ for k in E.__mro__])

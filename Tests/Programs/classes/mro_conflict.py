# Inconsistent hierarchies raise TypeError at class creation
class A: pass
class B(A): pass

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Both(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Order that works
class Good(B, A): pass
print([c.__name__ for c in Good.__mro__])

# Some builtins can't be subclassed
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# type() with conflicting bases behaves the same
try:
    type("Dyn", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type("Dyn", (B, A), {}).__mro__[1].__name__)

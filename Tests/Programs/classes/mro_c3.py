# Multiple inheritance and the C3 linearization
def mro(cls):
    return [c.__name__ for c in cls.__mro__]

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(mro(D))

class E: pass
class F(D, E): pass
print(mro(F))

# The classic example from the C3 paper
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class KK(K1, K2, K3): pass
print(mro(K1), mro(K2), mro(K3))
print(mro(KK))

# Another well-known example
class F1: pass
class E1: pass
class DD: pass
class C1(DD, F1): pass
class B1(DD, E1): pass
class A1(B1, C1): pass
print(mro(A1))

# Method resolution follows the MRO
class P:
    def who(self): return "P"
class Q(P):
    def who(self): return "Q"
class R(P):
    def who(self): return "R"
    def only_r(self): return "only in R"
class S(Q, R): pass
class T(R, Q): pass
print(S().who(), T().who(), S().only_r())
print(mro(S), mro(T))

# mro() method returns a list equal to __mro__
print(S.mro() == list(S.__mro__), type(S.mro()).__name__)
print(object.__mro__ == (object,))
print(mro(int), mro(bool))

# Attribute found in a later base when earlier ones lack it
class M1:
    x = "M1"
class M2:
    x = "M2"
    y = "M2 y"
class M3(M1, M2): pass
print(M3.x, M3.y)
print(M3.__bases__ == (M1, M2))

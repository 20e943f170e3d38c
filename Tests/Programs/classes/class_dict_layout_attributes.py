# A class's __dict__ holds __dict__/__weakref__ attributes for what it adds to its instances, never __qualname__
class C:
    pass
print([n for n in dir(C()) if n.startswith("__w") or n.startswith("__d") or n == "__module__"])
print(sorted(k for k in C.__dict__))
print(C.__weakref__, C.__dict__["__weakref__"])
class S:
    __slots__ = ("a",)
print(sorted(k for k in S.__dict__), [n for n in dir(S()) if n.startswith("__w")])
class D(C): pass
print(sorted(k for k in D.__dict__))
class E(Exception): pass
class L(list): pass
class I(int): pass
class S(set): pass
class C2: 'doc'
class D2(C2): pass
class T: __slots__=('a','__dict__')
for k in (E,L,I,S,C2,D2,T): print(k.__name__, list(k.__dict__))
c = C2(); c.x = 1
print(c.__dict__)
c.__dict__ = {"y": 2}
print(c.y, vars(c))
import weakref
r = weakref.ref(c)
print(c.__weakref__ is r)
try:
    c.__weakref__ = 1
except AttributeError as e:
    print(e)
print(type(C2.__dict__["__weakref__"]).__name__)

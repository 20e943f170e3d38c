# A subclass of a builtin that is weakly referenceable by itself (set) gets no __weakref__ attribute:
# reading it fails and assigning it just sets an instance attribute; other classes keep the read-only one
import weakref

class S(set):
    pass

s = S()
r = weakref.ref(s)
print(r() is s, "__weakref__" in S.__dict__)
try:
    print(s.__weakref__)
except AttributeError as e:
    print("AttributeError:", e)
s.__weakref__ = 1
print(s.__weakref__, vars(s))

class C:
    pass

class D(C):
    pass

d = D()
rd = weakref.ref(d)
print(d.__weakref__ is rd, C.__dict__["__weakref__"], "__weakref__" in D.__dict__)
for action in ("set", "del"):
    try:
        if action == "set":
            d.__weakref__ = 2
        else:
            del d.__weakref__
    except AttributeError as e:
        print(action, "AttributeError:", e)

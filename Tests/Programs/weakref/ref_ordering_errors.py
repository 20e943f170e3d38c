# Weak references support no ordering: <, <=, >, >= raise TypeError
import weakref

class C:
    def __lt__(self, other):
        print("C.__lt__ called")
        return True
    def __gt__(self, other):
        print("C.__gt__ called")
        return True

a, b = C(), C()
ra, rb = weakref.ref(a), weakref.ref(b)
tests = [
    ("ra < rb", lambda: ra < rb),
    ("ra <= rb", lambda: ra <= rb),
    ("ra > rb", lambda: ra > rb),
    ("ra >= rb", lambda: ra >= rb),
    ("ra < 1", lambda: ra < 1),
    ("1 > ra", lambda: 1 > ra),
    ("ra >= None", lambda: ra >= None),
    ("sorted", lambda: sorted([ra, rb])),
    ("max", lambda: max(ra, rb)),
]
for name, fn in tests:
    try:
        print(name, "->", fn())
    except TypeError as e:
        print(name, "-> TypeError:", e)

del a
try:
    ra < rb
except TypeError as e:
    print("dead ra < rb -> TypeError:", e)

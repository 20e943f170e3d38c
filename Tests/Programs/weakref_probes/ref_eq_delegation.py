# ref equality delegates to the referents while alive (including raising / NotImplemented __eq__), identity once dead
import weakref
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("E.__eq__ called")
        if isinstance(o, E): return self.v == o.v
        return NotImplemented
    __hash__ = object.__hash__
class Raiser:
    def __eq__(self, o): raise ValueError("eq exploded")
    __hash__ = object.__hash__
a, b = E(1), E(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb)
print(ra != rb)
x, y = Raiser(), Raiser()
rx, ry = weakref.ref(x), weakref.ref(y)
try:
    print(rx == ry)
except ValueError as e:
    print("ValueError", e)
print(rx == rx)
print(ra == a, ra == 1, ra == None)
c = E(1)
rc = weakref.ref(c)
del c
print(ra == rc, rc == rc, rc != weakref.ref(a))
h = hash(ra)
print(h == hash(a))
try:
    print(ra < rb)
except TypeError as e:
    print("TypeError", e)
p = weakref.proxy(a)
print(ra == p)

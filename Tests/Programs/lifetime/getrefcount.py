# sys.getrefcount in simple, deterministic situations
import sys

class Obj:
    pass

a = Obj()
print(sys.getrefcount(a))          # the global name + the argument
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))

lst = [a, a, a]
print(sys.getrefcount(a))
lst.pop()
print(sys.getrefcount(a))
del lst
print(sys.getrefcount(a))

d = {"k": a}
print(sys.getrefcount(a))
d["k"] = None
print(sys.getrefcount(a))

holder = Obj()
holder.attr = a
print(sys.getrefcount(a))
del holder.attr
print(sys.getrefcount(a))

t = (a, a)
print(sys.getrefcount(a))
t = None
print(sys.getrefcount(a))

def show(x):
    return sys.getrefcount(x)
print(show(a))

def local_only():
    fresh = Obj()
    return sys.getrefcount(fresh)
print(local_only())

c = [1, 2, 3]
print(sys.getrefcount(c))
c2 = [c]
print(sys.getrefcount(c))
c2 = None
print(sys.getrefcount(c))


# Instances created in a loop each start from the same count
counts = []
for _ in range(3):
    tmp = Obj()
    counts.append(sys.getrefcount(tmp))
print(counts)

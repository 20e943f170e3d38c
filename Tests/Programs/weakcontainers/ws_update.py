# WeakSet.update and |= with lists, generators, sets and WeakSets; errors part-way through
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

def names(ws):
    return sorted(e.name for e in ws)

a, b, c, d = Elem("a"), Elem("b"), Elem("c"), Elem("d")
s = weakref.WeakSet()
print("update returns:", s.update([a]))
s.update(e for e in (b,))
s.update({c})
print("after updates:", names(s))
s.update(weakref.WeakSet([d]))
print("from a WeakSet:", names(s))
s.update([])
print("empty update:", names(s))
t_elem = Elem("t")
try:
    s.update([t_elem, 3, b])
except TypeError as e:
    print("TypeError part-way:", e, "set now:", names(s))
try:
    s.update(7)
except TypeError as e:
    print("update(7) TypeError:", e)
try:
    s.update()
except TypeError as e:
    print("update() TypeError:", type(e).__name__)
t = weakref.WeakSet([a])
same = t
t |= [b, c]
print("|= list:", names(t), t is same)
t |= weakref.WeakSet([d])
print("|= WeakSet:", names(t))
t |= t
print("|= itself:", names(t))
try:
    t |= 5
except TypeError as e:
    print("|= 5 TypeError:", e)

# WeakSet union/intersection/difference/symmetric_difference and the *_update methods
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

def names(ws):
    return sorted(e.name for e in ws)

a, b, c, d = Elem("a"), Elem("b"), Elem("c"), Elem("d")
s = weakref.WeakSet([a, b, c])
print("union:", names(s.union([d])), type(s.union([])).__name__)
print("intersection:", names(s.intersection({b, c, d})))
print("difference:", names(s.difference([a])))
print("symmetric_difference:", names(s.symmetric_difference([a, d])))
print("with a WeakSet:", names(s.union(weakref.WeakSet([d]))), names(s.intersection(weakref.WeakSet([a]))))
print("s unchanged:", names(s))
for name, arg in [("union", [a], ), ("intersection", [a])]:
    try:
        getattr(s, name)(arg, arg)
    except TypeError as e:
        print(name, "with two arguments TypeError:", e)
try:
    s.union()
except TypeError as e:
    print("union() TypeError:", e)
t = weakref.WeakSet([a, b, c])
print("intersection_update returns:", t.intersection_update([a, b, d]), names(t))
print("difference_update returns:", t.difference_update([a]), names(t))
print("symmetric_difference_update returns:", t.symmetric_difference_update([b, c]), names(t))
print("update returns:", t.update([d]), names(t))
t.difference_update(t)
print("difference_update(itself):", names(t))
t.update([a, b])
t.symmetric_difference_update(t)
print("symmetric_difference_update(itself):", names(t))
try:
    t.difference_update(5)
except TypeError as e:
    print("difference_update(5) TypeError:", e)

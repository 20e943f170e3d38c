# ref subclass instances have a __dict__ and can themselves be weakly referenced
import weakref

class Tagged(weakref.ref):
    pass

class C:
    pass

o = C()
t = Tagged(o)
print("has __dict__:", hasattr(t, "__dict__"))
print("initial dict:", t.__dict__)
t.label = "primary"
t.count = 3
print("dict:", sorted(t.__dict__.items()))
print("vars:", sorted(vars(t)))
del t.count
print("after del:", sorted(t.__dict__.items()))
try:
    t.count
except AttributeError as e:
    print("AttributeError:", e)

# plain refs have no __dict__
plain = weakref.ref(o)
print("plain has __dict__:", hasattr(plain, "__dict__"))
try:
    plain.label = "x"
except AttributeError as e:
    print("plain AttributeError:", e)

# a weak reference to a subclass instance
def cb(w):
    print("ref-to-ref callback fired")
rt = weakref.ref(t, cb)
print("rt() is t:", rt() is t)
print("getweakrefcount(t):", weakref.getweakrefcount(t))
del t
print("rt() after del t:", rt())

# attributes survive the referent's death
o2 = C()
t2 = Tagged(o2)
t2.note = "kept"
del o2
print("dead ref attribute:", t2.note, t2())

# class attributes and methods on the subclass
class Named(weakref.ref):
    kind = "named"
    def describe(self):
        target = self()
        return "%s -> %s" % (self.kind, "dead" if target is None else type(target).__name__)
o3 = C()
n = Named(o3)
print(n.describe())
del o3
print(n.describe())

# An instance's attribute dict is part of the instance until __dict__ hands it out: get_referents
# shows the values; a dict kept apart from its instance keeps what it holds alive
import gc, weakref
class N: pass
x = N(); x.a = [1]; x.b = 'str'
print(gc.get_referents(x))
print(gc.is_tracked(x))
d = x.__dict__
print(gc.get_referents(x), gc.is_tracked(d))
y = N(); y.q = 5
print(gc.is_tracked(y.__dict__))
# cycle through an instance dict, with the dict exposed and kept
a = N(); b = N(); a.p = b; b.p = a
dd = a.__dict__
dd['self'] = dd
w = weakref.ref(a)
del a, b
gc.collect()
print(w() is not None, len(dd))
del dd
gc.collect()
print(w())
class D:
    def __del__(self): print("del D")
z = N(); z.z = z; z.d = D()
del z
print(gc.collect() > 0)

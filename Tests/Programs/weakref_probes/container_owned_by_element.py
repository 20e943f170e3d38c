# An element that owns the only reference to the weak container holding it
import weakref
class O:
    pass
o = O()
o.s = weakref.WeakSet([o])
o.d = weakref.WeakKeyDictionary({o: "v"})
o.w = weakref.WeakValueDictionary(k=o)
o.f = weakref.finalize(o, print, "finalizer owned by element")
refs = [weakref.ref(o.s), weakref.ref(o.d), weakref.ref(o.w)]
print(len(o.s), len(o.d), len(o.w))
del o
print([r() for r in refs])
class P:
    def __del__(self):
        print("P.__del__ sees sizes", len(self.s), len(self.d))
p = P()
p.s = weakref.WeakSet([p])
p.d = weakref.WeakKeyDictionary({p: 1})
del p
print("end")

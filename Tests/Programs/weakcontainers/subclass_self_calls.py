# Subclasses that replace update/__isub__/__ixor__ see the calls CPython's Python-level containers make on self
import weakref
class C: pass
class K(weakref.WeakKeyDictionary):
    def update(self, other=None, **kw):
        print("K.update", type(other).__name__, kw)
        super().update(other, **kw)
class V(weakref.WeakValueDictionary):
    def update(self, other=(), /, **kw):
        print("V.update", type(other).__name__, sorted(kw))
        super().update(other, **kw)
a = C()
k = K({a: 1}); print(len(k))
v = V({1: a}, x=a); print(len(v))
v2 = V(); print(len(v2))
k |= {a: 2}; print(k[a])
v |= {2: a}; print(len(v))
k2 = k | {}
print(type(k2).__name__)
class S(weakref.WeakSet):
    def __isub__(self, other):
        print("S.__isub__"); return super().__isub__(other)
    def __ixor__(self, other):
        print("S.__ixor__"); return super().__ixor__(other)
s = S([a])
s.difference_update([a]); print(len(s))
s.symmetric_difference_update([a]); print(len(s))
print(len(s - [a]), len(s ^ [a]))

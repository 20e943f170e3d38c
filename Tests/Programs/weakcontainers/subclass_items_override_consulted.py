# A weak dictionary subclass that overrides items(): ==, | and update() ask it for its items,
# as CPython's Python-level containers do.
import weakref
class K: pass
a = K()
class W(weakref.WeakKeyDictionary):
    def items(self):
        print("W.items called")
        return super().items()
class V(weakref.WeakValueDictionary):
    def items(self):
        print("V.items called")
        return super().items()
w = W({a: 1})
print(w == {a: 1})
print(len({} | w))
plain = weakref.WeakKeyDictionary()
plain.update(w)
print(len(plain))
v = V({1: a})
print(v == {1: a})
target = weakref.WeakValueDictionary()
target.update(v)
print(len(target), dict(target.items()) == {1: a})
print(weakref.WeakKeyDictionary({a: 2}) == weakref.WeakKeyDictionary({a: 2}))

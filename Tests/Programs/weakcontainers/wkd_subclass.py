# Subclassing WeakKeyDictionary: the constructor, update, setdefault and |= bypass an overridden __setitem__; copy type
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

class Counting(weakref.WeakKeyDictionary):
    def __init__(self, *args):
        self.sets = 0
        super().__init__(*args)
    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key, value)

a, b = Key("a"), Key("b")
c = Counting({a: 1})
print("sets after construction:", c.sets, list(c.items()))
c[b] = 2
print("sets after []=:", c.sets)
c.update({a: 3})
print("sets after update:", c.sets, list(c.items()))
c.setdefault(Key("tmp"), 0)
print("sets after setdefault:", c.sets, len(c))
c |= {b: 4}
print("sets after |=:", c.sets, list(c.items()))
print("copy type:", type(c.copy()).__name__)
print("isinstance:", isinstance(c, weakref.WeakKeyDictionary))
c.note = "extra attribute"
print("attribute:", c.note)
del a
print("entry died in subclass:", list(c.items()))

# WeakKeyDictionary entries vanish at the exact moment their key dies through `del`
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"
    def __del__(self):
        print("  __del__", self.name, "- entries now:", len(d))

class Value:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  value", self.name, "released, entries now:", len(d))

d = weakref.WeakKeyDictionary()
a, b, c = Key("a"), Key("b"), Key("c")
d[a] = Value("va")
d[b] = Value("vb")
d[c] = "plain"
print("start:", len(d), [k.name for k in d])
print("del b")
del b
print("after del b:", len(d), [k.name for k in d])
alias = a
print("del a (an alias remains)")
del a
print("after del a:", len(d), [k.name for k in d])
print("del alias")
del alias
print("after del alias:", len(d), [k.name for k in d])
holder = [c]
del c
print("c only in a list:", len(d))
holder.pop()
print("after pop:", len(d), list(d.items()))

# WeakValueDictionary entries whose values are cyclic garbage vanish at the next collection
import gc, weakref

class Value:
    def __init__(self, name):
        self.name = name
        self.me = self

gc.collect()
d = weakref.WeakValueDictionary()
keep = Value("keep")
d["keep"] = keep
for i in range(5):
    d["tmp%d" % i] = Value("tmp%d" % i)
print("before collect:", len(d), sorted(d.keys()))
gc.collect()
print("after collect:", len(d), sorted(d.keys()))
print("kept value:", d["keep"].name)
try:
    d["tmp0"]
except KeyError as e:
    print("KeyError", e)

# values in one big cycle with each other
a = Value("a"); b = Value("b")
a.other = b; b.other = a
d["a"] = a; d["b"] = b
del a, b
print("pair present:", "a" in d, "b" in d)
gc.collect()
print("pair gone:", "a" in d, "b" in d, sorted(d))

# a value in a cycle with its own key object stays: the dictionary holds keys strongly
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name
v = Value("v")
k = Key("k")
k.value = v
v.key = k
d[k] = v
del v, k
gc.collect()
print("keyed by object:", len(d), sorted(x if isinstance(x, str) else x.name for x in d))

# WeakKeyDictionary entries whose keys are cyclic garbage vanish; the values they held are released too
import gc, weakref

class Key:
    def __init__(self, name):
        self.name = name

class Value:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("value released:", self.name)

gc.collect()
d = weakref.WeakKeyDictionary()
live = Key("live")
d[live] = Value("for-live")
for i in range(3):
    k = Key("k%d" % i)
    k.me = k
    d[k] = i
del k
print("before:", len(d))
gc.collect()
print("after:", len(d), [k.name for k in d.keys()])

# a value that refers back to its own key keeps the key alive through the dictionary:
# the entry never disappears on its own (a documented WeakKeyDictionary limitation)
trap = Key("trap")
d[trap] = [trap]
del trap
gc.collect()
print("self-referencing value keeps entry:", sorted(k.name for k in d.keys()))

# a key in a cycle with another key: both entries go
p = Key("p"); q = Key("q")
p.q = q; q.p = p
d[p] = Value("for-p")
d[q] = "for-q"
del p, q
print("pair present:", sorted(k.name for k in d.keys()))
gc.collect()
print("pair gone:", sorted(k.name for k in d.keys()))
del d[live]
print("end")

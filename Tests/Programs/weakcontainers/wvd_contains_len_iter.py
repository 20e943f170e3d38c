# WeakValueDictionary `in`, len() and insertion-order iteration as values live and die
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

objs = {n: Obj(n) for n in "abcdef"}
d = weakref.WeakValueDictionary()
for n in "fedcba":
    d[n] = objs[n]
print("len:", len(d), "order:", list(d))
d["d"] = objs["a"]
print("d rebound keeps its place:", [(k, v.name) for k, v in d.items()])
del d["e"]
d["e"] = objs["e"]
print("e re-inserted at the end:", list(d))
print("in:", "a" in d, "z" in d, 1 in d, None in d, (1,) in d)
del objs["c"]
print("c died:", len(d), list(d), "c" in d)
del objs["a"]
print("a died (it was the value of a and d):", len(d), list(d))
objs.clear()
print("all died:", len(d), list(d), bool(d))

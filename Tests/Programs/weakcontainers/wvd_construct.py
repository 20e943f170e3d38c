# WeakValueDictionary construction: from a dict, pairs, keywords, both, another weak dict, and bad input
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

a, b, c = Obj("a"), Obj("b"), Obj("c")

def show(label, d):
    print(label, type(d).__name__, len(d), list(d.items()))

show("empty:", weakref.WeakValueDictionary())
show("dict:", weakref.WeakValueDictionary({1: a, "two": b, (3,): c}))
show("pairs:", weakref.WeakValueDictionary([("x", c), ("y", a)]))
show("keywords:", weakref.WeakValueDictionary(first=a, second=b))
show("dict and keywords:", weakref.WeakValueDictionary({"k": a}, k=b, j=c))
show("generator:", weakref.WeakValueDictionary((o.name, o) for o in (c, b)))
show("duplicates:", weakref.WeakValueDictionary([("k", a), ("k", b)]))
show("from weak dict:", weakref.WeakValueDictionary(weakref.WeakValueDictionary(z=c)))
show("None:", weakref.WeakValueDictionary(None))
show("temporary value:", weakref.WeakValueDictionary(t=Obj("temp")))
show("keyword named other:", weakref.WeakValueDictionary(other=a))

def attempt(label, make):
    try:
        show(label, make())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("int argument:", lambda: weakref.WeakValueDictionary(3))
attempt("int value:", lambda: weakref.WeakValueDictionary({"k": 1}))
attempt("str value:", lambda: weakref.WeakValueDictionary(k="v"))
attempt("None value:", lambda: weakref.WeakValueDictionary([("k", None)]))
attempt("list key:", lambda: weakref.WeakValueDictionary([([1], a)]))
attempt("bad pair:", lambda: weakref.WeakValueDictionary([("k",)]))
attempt("two positional:", lambda: weakref.WeakValueDictionary({}, {}))
print("isinstance dict:", isinstance(weakref.WeakValueDictionary(), dict))

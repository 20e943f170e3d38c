# WeakKeyDictionary construction: from a dict, pairs, another weak dict, keywords (rejected) and bad input
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

a, b, c = Key("a"), Key("b"), Key("c")

def show(label, d):
    print(label, type(d).__name__, len(d), list(d.items()))

show("empty:", weakref.WeakKeyDictionary())
show("None:", weakref.WeakKeyDictionary(None))
show("dict:", weakref.WeakKeyDictionary({a: 1, b: 2, c: 3}))
show("pairs list:", weakref.WeakKeyDictionary([(c, "x"), (a, "y")]))
show("pairs tuple:", weakref.WeakKeyDictionary(((b, None),)))
show("generator:", weakref.WeakKeyDictionary((k, k.name * 2) for k in (a, b)))
show("keyword dict=:", weakref.WeakKeyDictionary(dict={a: "kw"}))
show("duplicate keys:", weakref.WeakKeyDictionary([(a, 1), (b, 2), (a, 3)]))
first = weakref.WeakKeyDictionary({a: 10, b: 20})
show("from weak dict:", weakref.WeakKeyDictionary(first))
show("from empty list:", weakref.WeakKeyDictionary([]))

def attempt(label, make):
    try:
        d = make()
        show(label, d)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("keywords:", lambda: weakref.WeakKeyDictionary(x=1))
attempt("int argument:", lambda: weakref.WeakKeyDictionary(5))
attempt("int key:", lambda: weakref.WeakKeyDictionary({1: 2}))
attempt("str key:", lambda: weakref.WeakKeyDictionary({"s": 2}))
attempt("tuple key:", lambda: weakref.WeakKeyDictionary([((1, 2), 2)]))
attempt("bad pair:", lambda: weakref.WeakKeyDictionary([(a, 1, 2)]))
attempt("two arguments:", lambda: weakref.WeakKeyDictionary({}, {}))
print("isinstance dict:", isinstance(first, dict))
print("bool empty:", bool(weakref.WeakKeyDictionary()), "bool full:", bool(first))

# Order of __del__ calls when containers and frames are freed
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("list deleted:")
lst = [Res("l0"), Res("l1"), Res("l2")]
del lst
print("list cleared with clear():")
lst = [Res("c0"), Res("c1"), Res("c2")]
lst.clear()
print("list emptied with del lst[:]:")
lst = [Res("s0"), Res("s1"), Res("s2")]
del lst[:]
print("tuple deleted:")
tup = (Res("t0"), Res("t1"), Res("t2"))
del tup
print("dict deleted:")
dct = {"a": Res("d0"), "b": Res("d1"), "c": Res("d2")}
del dct
print("dict keys and values:")
class Key(Res):
    def __hash__(self):
        return 1
dk = {Key("key0"): Res("val0"), Key("key1"): Res("val1")}
del dk
print("object attributes (instance dict):")
class Holder:
    pass
h = Holder()
h.first = Res("attr-first")
h.second = Res("attr-second")
del h
print("function locals at return:")
def f():
    one = Res("local-one")
    two = Res("local-two")
    print("returning")
f()
print("function locals when result kept:")
def g():
    keep = Res("kept")
    temp = Res("temp")
    return keep
kept = g()
print("got", kept.name)
del kept
print("end")

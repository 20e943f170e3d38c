# Exact timing of deaths inside expressions, augmented assignments, multiple targets and function returns
import weakref
class O:
    def __init__(self, n): self.n = n
def mark(s):
    print("  mark", s)
    return s
def watch(o, name):
    weakref.finalize(o, print, "  died", name)
    return o
print("1: temp in tuple index")
x = [mark("a"), (watch(O(1), "t1"), "b")[1], mark("c")]
print("2: dict pop result discarded")
h = {"k": watch(O(2), "t2")}
y = (h.pop("k") and mark("after pop"))
print("  y is", type(y).__name__)
y = None
print("3: rebinding multiple targets")
a = b = watch(O(3), "t3")
a = mark("a rebound")
b = mark("b rebound")
print("4: returned temporary")
def make():
    return watch(O(4), "t4")
make()
mark("after make()")
print("5: attribute replaced")
class Box: pass
box = Box()
box.v = watch(O(5), "t5")
box.v = mark("new value")
print("6: list slice delete")
lst = [watch(O(i), "L%d" % i) for i in range(6, 9)]
del lst[0:2]
mark("after slice delete")
lst.clear()
print("7: augmented assignment replaces the object")
class Acc:
    def __init__(self, n): self.n = n
    def __add__(self, k): return watch(Acc(self.n + k), "acc%d" % (self.n + k))
acc = watch(Acc(0), "acc0")
acc += 1
mark("after +=")
acc += 1
mark("after second +=")
print("8: exception object holding a reference")
try:
    raise ValueError(watch(O(10), "t10"))
except ValueError:
    mark("in handler")
mark("after handler")
print("end")

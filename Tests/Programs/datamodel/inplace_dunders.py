# In-place operators: __iadd__ and friends, with fallback to binary ops
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return "Acc(%r)" % (self.items,)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __isub__(self, other):
        print("  __isub__ returns something else")
        return "replaced"
a = Acc([1])
alias = a
a += [2, 3]
print(a, alias is a)
b = a + [4]
print(b, b is a)
a -= 1
print(a, alias)

# Without __iadd__, += uses __add__ and rebinds
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

# Lists mutate in place, tuples rebind
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2, t1 is t2)
l1 += "ab"          # list += accepts any iterable
print(l1)
try:
    l1 = l1 + "cd"  # but + does not
except TypeError as e:
    print(type(e).__name__, e)

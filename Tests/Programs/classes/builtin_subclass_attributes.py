class Tagged(int): pass
x = Tagged(3)
x.tag = "hi"
print(x.tag, x + 1, vars(x), x.__dict__)
class Km(float):
    def __new__(cls, v, unit):
        return super().__new__(cls, v)
    def __init__(self, v, unit):
        self.unit = unit
k = Km(2.5, "km")
print(k, k.unit, k * 2, vars(k))
class Name(str):
    def __init__(self, text):
        self.length = len(text)
n = Name("abc")
n.extra = [1, 2]
print(n, n.length, n.extra, n.upper(), vars(n), hash(n) == hash("abc"), {n: 1}["abc"])
del n.extra
print(vars(n))
try:
    n.missing
except AttributeError as e:
    print(e)
class Big(int): pass
b = Big(10**30)
b.note = "big"
print(b, b.note)
try:
    (5).attr = 1
except AttributeError as e:
    print(e)
try:
    "s".attr = 1
except AttributeError as e:
    print(e)

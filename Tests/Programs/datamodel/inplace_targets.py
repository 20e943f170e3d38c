# In-place operators on tuple items, attributes, subscripts; unsupported cases
# The famous tuple item += case: mutates then raises
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

# In-place operators on attributes and subscripts
class Holder:
    pass
h = Holder()
h.n = 10
h.n *= 3
h.n //= 4
h.n **= 2
h.n %= 10
h.n <<= 3
h.n |= 1
print(h.n)
d = {"k": [0]}
d["k"] += [1]
d["k"][0] -= 5
print(d)

# Unsupported in-place op message
s = "text"
try:
    s -= "t"
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)

# __iadd__ returning NotImplemented falls back to __add__
class Fallback:
    def __iadd__(self, o):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, o):
        return "from __add__"
f = Fallback()
f += 1
print(f)

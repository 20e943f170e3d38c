# round() argument checks and huge ndigits; frozenset subclasses hash like frozensets.
class FS(frozenset):
    pass


a, b = FS([1, 2]), frozenset([1, 2])
print(a == b, hash(a) == hash(b), {b: "x"}.get(a), len({a, b}))
try:
    round(1, 2, 3)
except TypeError as e:
    print(e)
print(round(15, -2), round(-15, -1), round(25, -1), round(1.5, 2**63), round(-7, -50), round(5, -1), round(-5, -1))

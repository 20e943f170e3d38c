# Functions made again and again from one code object: each has the code's name and qualname,
# renaming one leaves the others alone, and arithmetic with bools stays exact.
def outer():
    made = []
    for i in range(5):
        made.append(lambda x, i=i: x + i)
    return made


fs = outer()
print([f.__name__ for f in fs])
print([f.__qualname__ for f in fs])
fs[1].__name__ = "renamed"
fs[2].__qualname__ = "outer.<special>"
print([f.__name__ for f in fs])
print([f.__qualname__ for f in fs])
print([f(10) for f in fs])
print(fs[0].__name__ is fs[3].__name__)


def counter():
    total = 0
    for flag in [True, False, True, True]:
        total += flag
    return total


print(counter(), True + True, 5 - True, True * 7, 2 ** True, 7 // True, 7 % True, True << 3, -True)
print(type(True + 1).__name__, type(True & True).__name__, type(True + True).__name__)
print(10 ** 20 + True, (2 ** 63 - 1) + True, -(2 ** 63) - True)

# bool() and truth values of builtin objects
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", "False", [], [0], [[]], (), (0,),
          {}, {"": 0}, set(), range(0), range(1), None, True, False, 10 ** 100]
for v in values:
    print(repr(v), bool(v))
print(bool(), type(bool()).__name__, bool(bool))

# bool is a subclass of int
print(isinstance(True, int), True == 1, False == 0, True + True, True * 3, -True, ~False)
print(int(True), float(False), str(True), repr(False), True is bool(1), bool(5) is True)
print(sum([True, False, True]), [1, 2, 3][True], {True: "t", 1: "one"})
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(hash(True) == hash(1), True in [1], 1 in [True], "%d %s %r" % (True, True, True))
print(f"{True:d} {True!s} {True:>6}", format(False, "^7") + "|")

# Logical operators return operands, not bools
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, [] and "x", "a" or "b")
print(not 0, not "x", not [], not None)
print(None is not None, (1 and None) is None)

# bool of custom objects
class Zero:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Zero()), bool(Empty()), bool(Plain()), not Plain())

# bool cannot be subclassed or constructed with extra args
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, bool.__bases__[0].__name__, True.__class__.__name__)

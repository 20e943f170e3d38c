# True, False and None literals
print(True, False, None)
print(repr(True), str(False), repr(None), str(None))
print(type(True), type(None).__name__)
print(True + True, True * 10, False - 1, True / 2, True // 1)
print(True == 1, False == 0, True is True, None is None)
print(isinstance(True, int), issubclass(bool, int))
print(int(True), float(False), str(True).lower())
print(bool(None), bool(0), bool(''), bool([]), bool({}), bool(()), bool(set()))
print(bool('0'), bool([0]), bool(' '), bool(0.1), bool(-1))
print(not None, not 0, not 'x', not not [])
print(True & False, True | False, True ^ True, ~True, -True)
print(True < 2, False < True, max(True, False), sum([True, True, False]))
print([True, False, None])
print({True: 'yes', False: 'no'}[1 == 1])
d = {1: 'int one'}
d[True] = 'bool true'
print(d)
d2 = {True: 'a', 1: 'b', 1.0: 'c'}
print(d2)
print(None == False, None == 0, None == '', None != None)
print(bool.__name__, bool(True), bool(False))
print(True.__class__.__name__, (5 > 3).__class__.__name__)
print(hex(True), bin(False), abs(-True), round(True))
print(True << 3, True >> 1)
print('%d %s %r' % (True, True, False))
print(f'{True} {False!r} {True:d} {True:>5}')
print(format(True, ''), format(False, '^7') + '|')
def f():
    pass
print(f(), f() is None)
x = None
print(x or 'default', x and 'never', 0 or None, None or 0)
print(sorted([True, False, True, 0, 1]))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)

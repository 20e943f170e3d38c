# str() of various objects and str constructor behaviour
print(str(42), str(-0), str(3.0), str(1e-7), str(True), str(None), str(...))
print(str([1, 'a', None]), str((1,)), str({'a': [1, 2]}), str({1, 2} == {2, 1}))
print(str(range(3)), str(range(1, 10, 2)), str(slice(1, 2)))
print(str(frozenset()), str(set()), str(dict()), str(list()), str(tuple()))
print(str(), repr(str()), str(''), str('abc'), str(str) , str(int), str(ValueError))
print(str(len), str(print))
print(str(ValueError('bad value')), repr(ValueError('bad value')), str(KeyError('k')), repr(KeyError('k')))
print(str(Exception()), repr(Exception()), str(Exception('a', 1)), repr(Exception('a', 1)))
print(str(10 ** 25), str(-10 ** 25), str(2 ** 0.5), str(float('-inf')))
print(str(type(None)), str(type(1.5)), str(type('')), str(type([])))
class A:
    pass
class B:
    def __str__(self):
        return 'B-str'
class C:
    def __repr__(self):
        return 'C-repr'
class D(C):
    def __str__(self):
        return 'D-str'
print(str(B()), str(C()), str(D()), repr(D()), [B(), C(), D()][1:])
print(str(A).startswith("<class '__main__.A'"), str(A()).startswith('<__main__.A object at 0x'))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(int(str(123)) == 123, float(str(0.1)) == 0.1, repr('a\nb') == "'a\\nb'")
print(str(1) + str(2), str(1 + 2), '1' + '2' == str(12))
print(type(str(5)).__name__, isinstance('', str), issubclass(str, object))
print(str(object), str(object)[:14])
x = 255
print(str(x), hex(x), oct(x), bin(x), repr(x), ascii(x), format(x), f'{x}')
print(list(map(str, [1, 2.5, None, True])), ', '.join(map(str, range(4))))

# ZeroDivisionError messages for each operator and type
cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('1.0 // 0', lambda: 1.0 // 0),
    ('1.0 % 0', lambda: 1.0 % 0),
    ('1 % 0.0', lambda: 1 % 0.0),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0 / 0', lambda: 0 / 0),
    ('0.0 / 0.0', lambda: 0.0 / 0.0),
    ('10**30 // 0', lambda: 10 ** 30 // 0),
    ('10**30 / 0', lambda: 10 ** 30 / 0),
    ('True / False', lambda: True / False),
    ('0 ** -1', lambda: 0 ** -1),
    ('0.0 ** -2.5', lambda: 0.0 ** -2.5),
    ('pow(0, -1)', lambda: pow(0, -1)),
    ('pow(5, 2, 0)', lambda: pow(5, 2, 0)),
]
for text, fn in cases:
    try:
        print(text, '=', fn())
    except ZeroDivisionError as e:
        print(text, '->', type(e).__name__ + ':', e)
    except ValueError as e:
        print(text, '->', type(e).__name__ + ':', e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print('x /= 0 ->', e, x)
try:
    x //= 0
except ZeroDivisionError as e:
    print('x //= 0 ->', e, x)
try:
    x %= 0
except ArithmeticError as e:
    print('x %= 0 ->', e, type(e).__name__, isinstance(e, ArithmeticError))
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
e = ZeroDivisionError('custom')
print(e, repr(e), e.args)
print(repr(ZeroDivisionError()), str(ZeroDivisionError()) == '')

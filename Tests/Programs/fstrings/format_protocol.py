# __format__ protocol and format specs on containers / custom objects
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        amount = self.cents / 100
        if spec.endswith('$'):
            return '$' + format(amount, spec[:-1] or '.2f')
        return format(amount, spec or '.2f')
    def __str__(self):
        return f'Money({self.cents})'
m = Money(123456)
print(f'{m}', f'{m:$}', f'{m:,.2f$}', f'{m:>12.1f}', f'{m!s}', f'{m!s:>14}')
print(format(m), format(m, '$'), '{:,.0f$}'.format(m), str(m))
class Plain:
    pass
p = Plain()
print(f'{p}'.startswith('<__main__.Plain object at'), f'{p:}' == str(p))
try:
    f'{p:>10}'
except TypeError as e:
    print(type(e).__name__, e)
for obj in [[1, 2], (1,), {'a': 1}, {1}, None, range(3)]:
    print(repr(f'{obj}'), end=' ')
    try:
        print(repr(f'{obj:>12}'))
    except TypeError as e:
        print(type(e).__name__, e)
print(f'{str([1, 2]):>12}|', f'{[1, 2]!s:>12}|', f'{[1, 2]!r:^12}|')
class Upper:
    def __init__(self, s):
        self.s = s
    def __format__(self, spec):
        print('  __format__ called with', repr(spec))
        return self.s.upper()
u = Upper('shout')
print(f'{u}', f'{u:anything}', f'{u!s}'.startswith('<'))
print('{:xyz}'.format(u), format(u, 'q'))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __format__(self, spec):
        return 'sub:' + super().__format__(spec)
print(f'{Sub(255):x}', f'{Sub(7)}', f'{Sub(7):>4}', Sub(3) + 1)
class FloatLike(float):
    pass
print(f'{FloatLike(2.5):.3f}', f'{FloatLike(2.5)}', f'{True:>5}', f'{True!s:>5}')

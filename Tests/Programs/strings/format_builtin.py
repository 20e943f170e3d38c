# The format() builtin with int and str specs
for spec in ['', 'd', '5', '<5', '^5', '>5', '05', '+', ' ', ',', '_', 'x', '#X', 'b', '#010b', 'o', 'c', 'e', '.2f', '%', 'n']:
    print(repr(spec).ljust(9), repr(format(42, spec)), repr(format(-42, spec)) if spec != 'c' else '')
for spec in ['', 's', '10', '<10', '>10', '^10', '*^10', '.2', '10.3', '-<6', '=>6']:
    print(repr(spec).ljust(8), repr(format('hello', spec)))
print(format(1234567890, ','), format(1234567890, '_'), format(1234567890, '_x'), format(0xabcdef, '_b'))
print(format(-1234567, ',d'), format(12, ','), format(123, ',.2f'), format(1234.5, ','))
print(format(10 ** 20, ','), format(-(2 ** 64), 'x'), format(2 ** 64, '#o'))
print(format(7, '+05d'), format(-7, '+05d'), format(7, '=+5d'), format(7, ' 5d'), format(-7, '<+5d') + '|')
print(format(65, 'c'), format(0x1F600, 'c'), format(True, 'd'), format(False, 'b'))
print(format(255, '#010x'), format(255, '#10x'), format(255, '<#10x') + '|', format(-255, '#x'))
print(format('x', '\u00b7^7'), format('', '>3') + '|', format('abc', '.0') + '|')
print(format(None), format([1, 2]), format((1,), ''), format({'a': 1}))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == 'F':
            return '%.1f°F' % (self.c * 9 / 5 + 32)
        return '%s°C' % format(self.c, spec)
t = Temp(21.5)
print(format(t), format(t, 'F'), format(t, '.3f'), '{:F}'.format(t), f'{t:>6}')
errs = [lambda: format(42, 's'), lambda: format('x', 'd'), lambda: format('x', '+'),
        lambda: format(42, '.2d'), lambda: format(1.5, 'c'), lambda: format(42, 'z'),
        lambda: format('x', '05'), lambda: format(object(), 'x'), lambda: format(42, ',x'),
        lambda: format(2 ** 40, 'c'), lambda: format(42, '#c')]
for f in errs:
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# format() and str.format specs for floats
x = 3.14159265
print(format(x, '.2f'), format(x, '.0f'), format(x, '10.3f') + '|', format(x, '<10.3f') + '|')
print(format(x, 'e'), format(x, '.2e'), format(x, 'E'), format(12345.678, '.3e'))
print(format(x, 'g'), format(12345678.9, 'g'), format(0.00001234, 'g'), format(123456.0, 'g'))
print(format(1234567.0, 'g'), format(100000.0, 'g'), format(1e-5, 'g'), format(0.0001, 'g'))
print(format(x, '%'), format(0.256, '.1%'), format(1, '.0%'), format(-0.5, '%'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-1234.5, ','))
print(format(x, '+.2f'), format(-x, '+.2f'), format(x, ' .2f'), format(-x, ' .2f'))
print(format(x, '08.2f'), format(-x, '08.2f'), format(x, '=+10.2f'), format(x, '*^12.2f'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(1e16, 'f'), format(1e-7, 'f'), format(1.5, '.10f'))
print(format(1.0, ''), format(1e16, ''), format(1.0, 'g'), format(1e16, 'g'), format(1.5, 'n'))
print(format(123.0, '.2g'), format(0.000123, '.2g'), format(99.99, '.3g'), format(99.99, '.4g'))
print(format(1.0, '#g'), format(1.0, '#.0f'), format(10.0, '.1g'), format(1e100, '.3'))
print(format(12.0, '.3'), format(0.1, '.3'), format(12345.0, '.3'), format(1 / 3, '.5'))
print('{:.3f} {:>8.2f} {:<8.1f}| {:^9.2f}|'.format(1.23456, 2.5, 3.25, 4.125))
print('{0:.2f} {0:.4e} {0:g}'.format(299792.458))
print('%.2f %5.1f %-8.3f| %e %g %G' % (1.005, 2.25, 3.14159, 12345.6789, 0.00001, 1e-10))
print('%+d %05.1f %x %o %%' % (5, 2.5, 255, 8))
print('%s %r' % (0.1, 0.1), '%.3s' % 3.14159)
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), repr(1.5e-5))
for v in [0.0, -0.0, 0.5, 1.5, 1e-4, 1e-5, 123456789.0, 1e21, 1e22]:
    print(v, format(v, '.3g'), format(v, 'e'), '%s' % v)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ',d')
except ValueError as e:
    print(type(e).__name__, e)
